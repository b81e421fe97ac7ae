// Browsers come from the system (Debian's chromium and firefox-esr); never download one.
module.exports = { skipDownload: true };

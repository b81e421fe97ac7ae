// `npm run analyze`: custom-elements.json from the elements' JSDoc, never written by hand.
export default {
  globs: ['src/components/job-list/job-list.ts', 'src/components/job-card/job-card.ts', 'src/components/job-detail/job-detail.ts', 'src/components/job-count/job-count.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // Lit's `static properties = { x: { state: true } }` is internal state, not an attribute;
      // the analyzer only knows the `@state()` decorator, so drop those attributes here.
      name: 'lit-static-state',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const properties = node.members.find(
          (member) => ts.isPropertyDeclaration(member) && member.name.getText() === 'properties' && member.initializer && ts.isObjectLiteralExpression(member.initializer),
        );
        if (!properties) return;
        const stateNames = properties.initializer.properties
          .filter((property) => ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer))
          .filter((property) => property.initializer.properties.some((option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword))
          .map((property) => property.name.getText());
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (!declaration) return;
        declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !stateNames.includes(attribute.fieldName ?? attribute.name));
        for (const member of declaration.members ?? []) if (stateNames.includes(member.name)) delete member.attribute;
      },
    },
    {
      // A property for the elements' own use (`@internal` on its declaration, like the context a
      // list hands its cards) is also in `static properties`, from which the analyzer lists it.
      name: 'internal-properties',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const internal = node.members
          .filter((member) => ts.isPropertyDeclaration(member) && ts.getJSDocTags(member).some((tag) => tag.tagName.getText() === 'internal'))
          .map((member) => member.name.getText());
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (declaration?.members) declaration.members = declaration.members.filter((member) => !internal.includes(member.name));
      },
    },
    {
      // The scope attributes (`department`, `location`, `type`, `remote`) are declared once for
      // every element from the facets' table (`...SCOPE_PROPERTIES`), which the analyzer cannot
      // read: it finds the `@attr` tags and the `declare`d fields apart. An `@attr` with a field
      // of the same name, neither linked to another, is that field's attribute.
      name: 'spread-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            for (const attribute of declaration.attributes ?? []) {
              const field = declaration.members?.find((member) => member.kind === 'field' && member.name === attribute.name && !member.attribute);
              if (attribute.fieldName || !field) continue;
              attribute.fieldName = field.name;
              field.attribute = attribute.name;
              if (field.type && !attribute.type) attribute.type = field.type;
            }
          }
        }
      },
    },
    {
      // The analyzer also guesses events from `dispatchEvent(new X(arg))` and names them after
      // the argument; the `@fires` tags in each doc header are the real list.
      name: 'documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('job-'));
          }
        }
      },
    },
  ],
};

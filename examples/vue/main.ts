import { createApp } from 'vue';
import App from './App.vue';

createApp(App, { feedUrl: './jobs.json' }).mount('#app');

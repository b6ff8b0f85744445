// The Vue example's entry: one reference adapter over IndexedDB, fed the sample clinic, handed to the
// app as a prop. A live site would pass `new HttpAdapter({ baseUrl })` instead.
import { createApp } from 'vue';
import '../../site.css';
import { ReferenceAdapter } from 'booking-elements/adapters';
import contoso from '../../data/contoso.json';
import { App, isCustomElement } from './App.js';

const adapter = new ReferenceAdapter({ config: contoso, storage: 'indexeddb' });

// The app is written in English; the clinic's own texts come in English too (its translations).
const app = createApp(App, { adapter, lang: 'en' });
app.config.compilerOptions.isCustomElement = isCustomElement;
app.mount('#app');

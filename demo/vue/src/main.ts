// The Vue example's entry: one reference adapter over IndexedDB, fed the sample clinic, handed to the
// app as a prop. A live site would pass `new HttpAdapter({ baseUrl })` instead.
import { createApp } from 'vue';
import '../../site.css';
import { ReferenceAdapter } from 'booking-elements/adapters';
import contoso from '../../data/contoso.json';
import { App, isCustomElement } from './App.js';

const adapter = new ReferenceAdapter({ config: contoso, storage: 'indexeddb' });

const app = createApp(App, { adapter });
app.config.compilerOptions.isCustomElement = isCustomElement;
app.mount('#app');

// The React example's entry: one reference adapter over IndexedDB, fed the sample clinic, handed to
// the app. A live site would pass `new HttpAdapter({ baseUrl })` instead.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../site.css';
import { ReferenceAdapter } from 'booking-elements/adapters';
import contoso from '../../data/contoso.json';
import { App } from './App.js';

const adapter = new ReferenceAdapter({ config: contoso, storage: 'indexeddb' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The app is written in English; the clinic's own texts come in English too (its translations). */}
    <App adapter={adapter} lang="en" />
  </StrictMode>,
);

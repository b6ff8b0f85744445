// The script-tag entry (dist/cdn/booking-elements.js). It defines the customer elements at once and
// the rest on first sight: <booking-button> (the popup embed, whose dialog loads on its first
// opening), <booking-manage> (a page of its own) and <booking-admin> (the back office) are separate
// chunks fetched only when such a tag appears in the document. Adapters load on demand
// too (`config-src` → the reference adapter, `api` → the HTTP adapter), so a page downloads only what
// it shows. Module users who want the classes import 'booking-elements'.
import './define/booking-page.js';

type Loader = () => Promise<unknown>;

const lazyTags = new Map<string, Loader>([
  ['booking-button', () => import('./define/booking-button.js')],
  ['booking-manage', () => import('./define/booking-manage.js')],
  ['booking-admin', () => import('./define/booking-admin.js')],
]);

function defineSeen(root: ParentNode): void {
  for (const [tag, load] of lazyTags) {
    if (root.querySelector(tag)) {
      lazyTags.delete(tag);
      void load();
    }
  }
}

if (typeof document !== 'undefined') {
  defineSeen(document);
  if (lazyTags.size > 0) {
    const observer = new MutationObserver(() => {
      defineSeen(document);
      if (lazyTags.size === 0) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}

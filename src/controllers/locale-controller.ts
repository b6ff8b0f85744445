import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { english as en, hasCatalogues, loadCatalogues, messagesFor, type Messages } from '../i18n/index.js';

/** A tag Intl accepts, canonicalised (`EN-gb` → `en-GB`), or undefined for garbage such as `en_GB!`. */
function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * Resolves an element's language: its own `lang`, else the nearest `[lang]` ancestor (across shadow
 * roots), else the page default (the business's `languageTag`, when the element knows it), else
 * `<html lang>`, else the browser. Never touches page-global settings: the host page may localize too.
 *
 * English is bundled; another language's catalogue loads on demand. Until it arrives the controller
 * keeps the language it had (English at first), so text and Intl formatting never mix two languages,
 * and `ready` is false; when it arrives `lang` and `messages` switch together and the host updates.
 * Flows that show a loading state anyway (`<booking-page>`, `<booking-manage>`) keep showing it while
 * `ready` is false, so most visitors never see English flash by; sub-elements render English meanwhile.
 * A catalogue that fails to load (offline) leaves English text with the requested locale's formats.
 */
export class LocaleController implements ReactiveController {
  private host: ReactiveControllerHost & HTMLElement;
  private wanted = '';
  private observer: MutationObserver | undefined;
  /** The business's language, used when nothing on the page names one. */
  private pageDefault_: string | undefined;
  /** The locale for Intl formatting (a canonical BCP 47 tag). */
  lang = 'en';
  messages: Messages = en;
  /** False while the resolved language's catalogue is loading. */
  ready = true;
  /**
   * The language named on the page (the element's or an ancestor's `lang`), if any: what a flow asks
   * its backend for the business's texts in; without it the backend answers in the business's own.
   */
  explicit: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  get pageDefault(): string | undefined {
    return this.pageDefault_;
  }

  set pageDefault(tag: string | undefined) {
    if (tag === this.pageDefault_) return;
    this.pageDefault_ = tag;
    this.resolve();
  }

  /**
   * The language of the rendered text, for a `lang` attribute around it (WCAG 3.1.2): the resolved
   * tag when its catalogue is shown, else the catalogue's language (English text in a Swedish page).
   */
  get textLang(): string {
    return this.lang.toLowerCase().split('-')[0] === this.messages.lang ? this.lang : this.messages.lang;
  }

  hostConnected(): void {
    // `lang` is a global attribute, not a Lit property: watch it on the host and on <html>, so a
    // page that switches language at run time re-renders us.
    this.observer ??= new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.resolve();
  }

  private resolve(): void {
    const tag =
      (this.explicit = this.fromTree()) ??
      canonical(this.pageDefault_) ??
      canonical(document.documentElement.lang) ??
      canonical(navigator.languages?.[0] ?? navigator.language) ??
      'en';
    if (tag === this.wanted) return;
    this.wanted = tag;
    if (hasCatalogues(tag)) {
      this.apply(tag, messagesFor(tag));
      return;
    }
    this.ready = false;
    // With the back office on the page, its catalogue loads alongside (see registerCatalogueFamily).
    loadCatalogues(tag).then(
      (messages) => this.arrived(tag, messages),
      // No catalogue (offline, blocked chunk): English text, the requested locale's formats.
      () => this.arrived(tag, en),
    );
  }

  private arrived(tag: string, messages: Messages): void {
    if (tag !== this.wanted) return; // the language changed again meanwhile
    this.apply(tag, messages);
    this.host.requestUpdate();
  }

  private apply(tag: string, messages: Messages): void {
    this.lang = tag;
    this.messages = messages;
    this.ready = true;
  }

  private fromTree(): string | undefined {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof HTMLElement && node !== document.documentElement && node.lang) {
        const tag = canonical(node.lang);
        if (tag) return tag;
      }
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return undefined;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messagesFor, type Messages } from '../i18n/index.js';

/**
 * Resolves an element's language: its own `lang`, else the nearest `[lang]` ancestor (across shadow
 * roots), else the page default (the business's `languageTag`, when the element knows it), else
 * `<html lang>`, else the browser. Never touches page-global settings: the host page may localize too.
 */
export class LocaleController implements ReactiveController {
  private host: ReactiveControllerHost & HTMLElement;
  /** The business's language, used when nothing on the page names one. */
  pageDefault: string | undefined;
  lang = 'en';
  messages: Messages = messagesFor('en');

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  hostUpdate(): void {
    this.resolve();
  }

  private resolve(): void {
    const lang = this.fromTree() ?? this.pageDefault ?? (document.documentElement.lang || navigator.language || 'en');
    if (lang !== this.lang) {
      this.lang = lang;
      this.messages = messagesFor(lang);
    }
  }

  private fromTree(): string | undefined {
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof HTMLElement && node !== document.documentElement && node.lang) return node.lang;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return undefined;
  }
}

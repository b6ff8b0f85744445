/** Registers a tag unless something (e.g. a second copy of the library) already did. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

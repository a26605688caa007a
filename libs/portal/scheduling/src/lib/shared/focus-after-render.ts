import { DOCUMENT } from '@angular/common';
import { afterNextRender, inject, Injector } from '@angular/core';

/**
 * For a component whose content is replaced in place (a step of a flow): returns a function that
 * moves focus to an element once the next render has put it on the page, so keyboard and
 * screen-reader users are not left on a button that no longer exists. Call in an injection context.
 */
export function injectFocusAfterRender(): (selector: string) => void {
  const injector = inject(Injector);
  const document = inject(DOCUMENT);
  return (selector) => afterNextRender(() => document.querySelector<HTMLElement>(selector)?.focus(), { injector });
}

/**
 * React saves the selection of the focused element before every commit and, for a contenteditable, does so by
 * walking every DOM node inside it (react-dom `commitBeforeMutationEffects` → offsets from the element start).
 * In a 300-paragraph draft that walk cost about 1 ms per keystroke. React restores that selection only when a
 * commit moved the focus, which never happens while typing, and Slate owns the editor's selection anyway (it
 * sets the DOM selection from its own model after each change).
 *
 * React recognises a contenteditable by reading the element's `contentEditable` property; the attribute is
 * what makes the element editable. Shadowing the property on this one element (the attribute and
 * `isContentEditable` are untouched) makes React skip the walk for it.
 */
export function hideEditableFromReactSelection(element: HTMLElement | null): void {
  if (!element || Object.prototype.hasOwnProperty.call(element, 'contentEditable')) return;
  Object.defineProperty(element, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: string) => element.setAttribute('contenteditable', value),
  });
}

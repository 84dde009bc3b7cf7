/**
 * Two lists with the same items (===) in the same order. The memos of the linter and the derived views compare
 * their inputs with it: Slate keeps unchanged nodes, so "nothing changed" is a pointer comparison per item.
 */
export const sameItems = (a: readonly unknown[] | null | undefined, b: readonly unknown[]): boolean =>
  a === b || (!!a && a.length === b.length && a.every((x, i) => x === b[i]));

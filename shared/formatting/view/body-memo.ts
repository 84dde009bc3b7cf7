import type { BodyView } from './doc-view';
import type { TextTarget } from './targets';

/**
 * A per-body memo for document rules: the last result of `compute` is reused while the body holds the same
 * targets (Slate keeps unchanged paragraphs, so their targets stay the same objects) and the same `extra` key.
 */
export function bodyMemo<T>(name: string) {
  const memo = new Map<string, { paragraphs: readonly TextTarget[]; extra: unknown; value: T }>();
  return (body: BodyView, extra: unknown, compute: () => T): T => {
    const key = `${name}:${body.id ?? ''}`;
    const hit = memo.get(key);
    if (hit && hit.extra === extra && hit.paragraphs.length === body.paragraphs.length && hit.paragraphs.every((t, i) => t === body.paragraphs[i])) {
      return hit.value;
    }
    const value = compute();
    memo.set(key, { paragraphs: body.paragraphs, extra, value });
    return value;
  };
}

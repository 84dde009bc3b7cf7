/**
 * Grey hint text in an empty block. Absolutely placed at its static position, so it starts where the text
 * will (after the first-line indent and any number) and takes no room; never part of the document.
 */
export function Placeholder({ text }: { text: string }) {
  return (
    <span className="placeholder" contentEditable={false} aria-hidden="true">
      {text}
    </span>
  );
}

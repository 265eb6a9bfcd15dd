/** The full text of a long message, in a disclosure (as text, never markup). */
export function FullMessage({ text }: { text: string }) {
  return (
    <details className="error-text__full">
      <summary>Full message ({text.length.toLocaleString('en-GB')} characters)</summary>
      <pre>{text}</pre>
    </details>
  );
}

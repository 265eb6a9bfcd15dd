import { saveBlob } from './save-blob';

export type DownloadButtonProps = {
  label: string;
  filename: string;
  mimeType: string;
  /** Built only when clicked, so large exports cost nothing until asked for. */
  content: () => string;
  disabled?: boolean;
};

/** Saves generated text as a file through a temporary object URL (no server round trip). */
export function DownloadButton({ label, filename, mimeType, content, disabled }: DownloadButtonProps) {
  return (
    <button
      type="button"
      className="button"
      disabled={disabled}
      // A byte-order mark makes spreadsheet programs read UTF-8 (Chinese names) correctly.
      onClick={() => saveBlob(new Blob(['\uFEFF', content()], { type: mimeType }), filename)}
    >
      {label}
    </button>
  );
}

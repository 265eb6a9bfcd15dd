import { useState } from 'react';
import { saveBlob } from './save-blob';

export type DownloadButtonProps = {
  label: string;
  filename: string;
  mimeType: string;
  /** Built only when clicked, so large exports cost nothing until asked for (and may load their writer then). */
  content: () => string | Promise<string>;
  disabled?: boolean;
};

/** Saves generated text as a file through a temporary object URL (no server round trip). */
export function DownloadButton({ label, filename, mimeType, content, disabled }: DownloadButtonProps) {
  const [failed, setFailed] = useState(false);
  const download = async () => {
    setFailed(false);
    try {
      // A byte-order mark makes spreadsheet programs read UTF-8 (Chinese names) correctly.
      saveBlob(new Blob(['\uFEFF', await content()], { type: mimeType }), filename);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" className="button" disabled={disabled} onClick={() => void download()}>
        {label}
      </button>
      {failed ? (
        <span role="alert" className="download-failed">
          {filename} could not be prepared (the connection may have dropped); try again.
        </span>
      ) : null}
    </>
  );
}

import { useState, type DragEvent, type ReactNode } from 'react';
import { filesFromDrop } from './filesFromDrop';
import './attachments.css';

interface Props {
  /** Called with the dropped files, folders walked, once they are all known. */
  onFiles: (files: File[]) => void;
  children: ReactNode;
  /** Said to screen readers and shown as a tooltip: what dropping here does. */
  hint: string;
}

/**
 * Lets files or a folder be dropped on what it wraps (新增活动: a field trip's photos become a
 * new activity); the wrapped control works as before for the keyboard and the mouse.
 */
export function PhotoDropTarget({ onFiles, children, hint }: Props) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLSpanElement>) => {
    event.preventDefault();
    setOver(false);
    void filesFromDrop(event.dataTransfer).then((files) => {
      if (files.length > 0) onFiles(files);
    });
  };
  return (
    <span
      className={`photo-drop-target${over ? ' dragging' : ''}`}
      title={hint}
      data-testid="photo-drop-target"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {children}
    </span>
  );
}

// Choosing .xlsx files: a button that opens the file dialog (keyboard and screen readers reach it) and a zone
// that takes files dropped on it. The native input stays hidden; the button speaks for it.
import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";

export interface FilePickerProps {
  label: string;
  dropText: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
});

const isWorkbook = (f: File) => /\.xlsx$/i.test(f.name);

export function FilePicker({ label, dropText, multiple = false, disabled = false, onFiles }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    const chosen = files.filter(isWorkbook);
    // A dropped file of another kind still gets an answer: the validator says it is not an .xlsx workbook.
    const picked = chosen.length > 0 ? chosen : files;
    if (picked.length > 0) onFiles(multiple ? picked : picked.slice(0, 1));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <Text size={200}>{dropText}</Text>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={multiple}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
        data-testid="file-input"
      />
    </div>
  );
}

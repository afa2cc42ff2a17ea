import { Button, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';

interface Props {
  /** What the zone is called for screen readers and tests, e.g. 把证明材料拖到这里. */
  label: string;
  /** The line above the 选择文件 button, e.g. 把扫描件或 PDF 拖到这里，或. */
  prompt: string;
  /** The small print under the button: which files, how large. */
  hint: string;
  /** The hidden file input's name, e.g. 选择证明材料. */
  pickLabel: string;
  accept: string;
  multiple?: boolean;
  /** While set, the zone shows this with a spinner and ignores drops. */
  busy: string | null;
  /** Smaller, for a zone inside a drawer or a card. */
  compact?: boolean;
  onFiles(files: File[]): void;
}

/** Drop files here, or pick them with 选择文件: one zone for every upload on the desk. */
export function FileDropZone({ label, prompt, hint, pickLabel, accept, multiple = false, busy, compact = false, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (busy === null) onFiles([...e.dataTransfer.files]);
  };
  return (
    <Paper
      withBorder
      p={compact ? 'md' : 'xl'}
      radius="md"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{ borderStyle: 'dashed', borderWidth: 2, background: dragging ? 'var(--mantine-color-indigo-0)' : undefined }}
      aria-label={label}
    >
      <Stack align="center" gap={compact ? 6 : 'xs'}>
        {busy !== null ? (
          <>
            <Loader size="sm" />
            <Text size={compact ? 'sm' : undefined}>{busy}</Text>
          </>
        ) : (
          <>
            <IconUpload size={compact ? 24 : 32} color="var(--mantine-color-indigo-6)" />
            <Text size={compact ? 'sm' : undefined} fw={compact ? undefined : 500}>
              {prompt}
            </Text>
            <Button size={compact ? 'xs' : undefined} onClick={() => input.current?.click()}>
              选择文件
            </Button>
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          </>
        )}
        <input
          ref={input}
          type="file"
          multiple={multiple}
          accept={accept}
          aria-label={pickLabel}
          hidden
          onChange={(e) => {
            onFiles([...(e.currentTarget.files ?? [])]);
            e.currentTarget.value = '';
          }}
        />
      </Stack>
    </Paper>
  );
}

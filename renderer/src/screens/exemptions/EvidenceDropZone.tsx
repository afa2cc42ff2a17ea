import { Button, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/exemptions';

export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** Refused before uploading: too large (the desk checks the content type itself). */
export function tooLarge(file: File): string | null {
  if (file.size <= EVIDENCE_MAX_BYTES) return null;
  return `“${file.name}”有 ${(file.size / 1024 / 1024).toFixed(0)} MB，超过证明材料 50 MB 的上限，没有上传。请降低扫描分辨率或拆分后再添加。`;
}

/** Drop scans and PDFs here, or pick them. */
export function EvidenceDropZone({ busy, onFiles }: { busy: boolean; onFiles(files: File[]): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!busy) onFiles([...e.dataTransfer.files]);
  };
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{ borderStyle: 'dashed', borderWidth: 2, background: dragging ? 'var(--mantine-color-indigo-0)' : undefined }}
      aria-label="把证明材料拖到这里"
    >
      <Stack align="center" gap={6}>
        {busy ? (
          <>
            <Loader size="sm" />
            <Text size="sm">正在保存证明材料…</Text>
          </>
        ) : (
          <>
            <IconUpload size={24} color="var(--mantine-color-indigo-6)" />
            <Text size="sm">把扫描件或 PDF 拖到这里，或</Text>
            <Button size="xs" onClick={() => input.current?.click()}>
              选择文件
            </Button>
            <Text size="xs" c="dimmed">
              PDF、JPG、PNG，每个不超过 50 MB；按文件内容检查类型，同一文件只保存一份。
            </Text>
          </>
        )}
        <input
          ref={input}
          type="file"
          multiple
          accept={EVIDENCE_ACCEPT}
          aria-label="选择证明材料"
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

import { EVIDENCE_MAX_BYTES } from '../../../../shared/exemptions/schemas';
import { FileDropZone } from '../../components/FileDropZone';

export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** Refused before uploading: too large (the desk checks the content type itself). */
export function tooLarge(file: File): string | null {
  if (file.size <= EVIDENCE_MAX_BYTES) return null;
  return `“${file.name}”有 ${(file.size / 1024 / 1024).toFixed(0)} MB，超过证明材料 50 MB 的上限，没有上传。请降低扫描分辨率或拆分后再添加。`;
}

/** Drop scans and PDFs here, or pick them. */
export function EvidenceDropZone({ busy, onFiles }: { busy: boolean; onFiles(files: File[]): void }) {
  return (
    <FileDropZone
      compact
      multiple
      label="把证明材料拖到这里"
      prompt="把扫描件或 PDF 拖到这里，或"
      hint="PDF、JPG、PNG，每个不超过 50 MB；按文件内容检查类型，同一文件只保存一份。"
      pickLabel="选择证明材料"
      accept={EVIDENCE_ACCEPT}
      busy={busy ? '正在保存证明材料…' : null}
      onFiles={onFiles}
    />
  );
}

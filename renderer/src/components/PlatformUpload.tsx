import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import type { ImportRowError } from '../../../shared/excel/schemas';
import { uploadFile } from '../api/files';
import { problemText } from '../text/format';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Picks an .xlsx exported from the platform and uploads it; the parent runs the dry run with the file id. */
export function PlatformUpload({ label, onUploaded }: { label: string; onUploaded(file: { fileId: string; name: string }): Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const take = async (file: File | undefined) => {
    if (!file) return;
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setError(`“${file.name}”不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中另存为 .xlsx 后再选择。`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onUploaded(await uploadFile(file));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Group>
        <Button onClick={() => input.current?.click()} loading={busy}>
          {label}
        </Button>
        {busy && <Loader size="xs" aria-label="正在试运行" />}
        <input ref={input} type="file" hidden aria-label={label} accept={`.xlsx,${XLSX_TYPE}`} onChange={(e) => {
          void take(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }} />
      </Group>
      {error && (
        <Alert color="red" title="文件没有读取">
          {error}
        </Alert>
      )}
    </Stack>
  );
}

/** Row errors with the sheet's row and the file's own column header. */
export function RowErrorsTable({ errors, total }: { errors: ImportRowError[]; total: number }) {
  if (total === 0) return null;
  return (
    <Stack gap={4}>
      <Text c="red.8" fw={500}>
        有 {total} 处错误
      </Text>
      <Table striped aria-label="错误列表">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>行</Table.Th>
            <Table.Th w={120}>列</Table.Th>
            <Table.Th>问题</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.slice(0, 200).map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td>{e.row}</Table.Td>
              <Table.Td>{e.column}</Table.Td>
              <Table.Td>{problemText(e.message)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

import { Stack, Text } from '@mantine/core';
import { fieldLabels } from '../../../../shared/rules/auditChanges';
import { maskIdNumber } from '../../../../shared/rules/idNumber';
import type { FieldChange } from '../../../../shared/audit/schemas';

/** ID numbers are masked on screen, as in the roster; the Excel export keeps them whole. */
function shown(c: FieldChange, v: string | null): string | null {
  return v !== null && c.label === fieldLabels.idNumber ? maskIdNumber(v) : v;
}

function ChangeLine({ change }: { change: FieldChange }) {
  const old = shown(change, change.old);
  const now = shown(change, change.new);
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {change.label}：
      </Text>
      {old === null && now !== null ? (
        now
      ) : (
        <>
          <Text span td="line-through" c="dimmed" size="sm">
            {old ?? '（空）'}
          </Text>
          {' → '}
          {now ?? '（空）'}
        </>
      )}
    </Text>
  );
}

/** One line per changed field: 单位：A → B (a value only set shows alone). */
export function ChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {changes.map((c, i) => (
        <ChangeLine key={i} change={c} />
      ))}
    </Stack>
  );
}

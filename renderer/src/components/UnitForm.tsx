import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessages } from '../../../shared/errors';
import { unitNameProblem } from '../../../shared/rules/unitName';
import type { Unit } from '../../../shared/schemas';
import { call } from '../api/client';

interface Props {
  units: Unit[];
  /** Preselected parent; null for a top unit. */
  parentId?: number | null;
  submitLabel?: string;
  onCreated(unit: Unit): void;
}

/** Name plus parent; Enter submits; the core's refusal shows under the name. */
export function UnitForm({ units, parentId = null, submitLabel = '新建单位', onCreated }: Props) {
  const [name, setName] = useState('');
  const [parent, setParent] = useState<string | null>(parentId === null ? null : String(parentId));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = unitNameProblem(name);
    if (problem) {
      setError(errorMessages[problem]);
      return;
    }
    setBusy(true);
    try {
      const unit = await call('units.create', { name, parentId: parent === null ? null : Number(parent) });
      setName('');
      setError(null);
      onCreated(unit);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="新建单位">
      <Group align="flex-start">
        <TextInput
          label="单位名称"
          placeholder="例如：汨罗市司法局"
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          w={280}
          data-autofocus
        />
        {units.length > 0 && (
          <Select
            label="上级单位"
            placeholder="（无，作为一级单位）"
            data={units.map((u) => ({ value: String(u.id), label: `${'　'.repeat(u.level - 1)}${u.name}` }))}
            value={parent}
            onChange={setParent}
            clearable
            searchable
            w={280}
          />
        )}
        <Button type="submit" mt={25} loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}

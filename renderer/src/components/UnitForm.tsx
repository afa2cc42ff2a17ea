import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessages } from '../../../shared/errors';
import { unitNameProblem } from '../../../shared/rules/unitName';
import type { Unit } from '../../../shared/units/schemas';
import { change } from '../api/queries';
import { UnitSelect } from './UnitSelect';

interface Props {
  /** Units that can be a parent (not archived), in tree order. */
  units: Unit[];
  /** Preselected parent; null for a top unit. */
  parentId?: number | null;
  submitLabel?: string;
  /** Fields one under the other (in a dialog) instead of side by side. */
  stacked?: boolean;
  onCreated(unit: Unit): void;
}

/** Name plus parent; Enter submits; the core's refusal shows under the name. */
export function UnitForm({ units, parentId = null, submitLabel = '新建单位', stacked = false, onCreated }: Props) {
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
      const unit = await change('units.create', { name, parentId: parent === null ? null : Number(parent) });
      setName('');
      setError(null);
      onCreated(unit);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const width = stacked ? undefined : 280;
  const Layout = stacked ? Stack : Group;
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="新建单位">
      <Layout align={stacked ? 'stretch' : 'flex-start'}>
        <TextInput
          label="单位名称"
          placeholder={parent === null ? '例如：汨罗市司法局' : '例如：办公室'}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          w={width}
          data-autofocus
        />
        {units.length > 0 && (
          <UnitSelect
            label="上级单位"
            placeholder="（无，作为一级单位）"
            choices={units.map((unit) => ({ unit }))}
            value={parent}
            onChange={setParent}
            clearable
            w={width}
          />
        )}
        <Group justify={stacked ? 'flex-end' : undefined}>
          <Button type="submit" mt={stacked ? 'xs' : 25} loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Layout>
    </form>
  );
}

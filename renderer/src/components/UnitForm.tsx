import { Button, Group, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import type { ArgsOf } from '../../../shared/contract';
import type { Unit } from '../../../shared/units/schemas';
import { change } from '../api/queries';
import { unitFormSchema, type UnitFormValues } from './unitFormSchema';
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

const validateUnit = schemaResolver(unitFormSchema, { sync: true });

/** Name plus parent; Enter submits; a problem with the name, or the core's refusal, shows under the name until it is changed. */
export function UnitForm({ units, parentId = null, submitLabel = '新建单位', stacked = false, onCreated }: Props) {
  const form = useForm<UnitFormValues, ArgsOf<'units.create'>>({
    initialValues: { name: '', parentId: parentId === null ? null : String(parentId) },
    validate: validateUnit,
    transformValues: (values) => unitFormSchema.parse(values),
  });
  const [busy, setBusy] = useState(false);
  const parent = form.values.parentId;

  async function submit(args: ArgsOf<'units.create'>) {
    setBusy(true);
    try {
      const unit = await change('units.create', args);
      form.setFieldValue('name', '');
      form.clearErrors();
      onCreated(unit);
    } catch (err) {
      form.setFieldError('name', (err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const width = stacked ? undefined : 280;
  const Layout = stacked ? Stack : Group;
  return (
    <form onSubmit={form.onSubmit((args) => submit(args))} aria-label="新建单位">
      <Layout align={stacked ? 'stretch' : 'flex-start'}>
        <TextInput
          label="单位名称"
          placeholder={parent === null ? '例如：汨罗市司法局' : '例如：办公室'}
          value={form.values.name}
          onChange={(e) => form.setFieldValue('name', e.currentTarget.value)}
          error={form.errors.name}
          w={width}
          data-autofocus
        />
        {units.length > 0 && (
          <UnitSelect
            label="上级单位"
            placeholder="（无，作为一级单位）"
            choices={units.map((unit) => ({ unit }))}
            value={parent}
            onChange={(v) => form.setFieldValue('parentId', v)}
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

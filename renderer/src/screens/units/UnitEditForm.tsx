import { Alert, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import type { Unit, UnitPatch } from '../../../../shared/units/schemas';
import { ApiCallError } from '../../api/client';
import { change } from '../../api/queries';
import { effectiveRouteText } from './routeText';
import { draftOf, patchOf, unitEditSchema, type UnitDraft, type UnitTextField } from './unitEditSchema';
import { fieldLabels } from '../../../../shared/words/labels';

/** Which field a core refusal belongs under; others become a notification. */
const fieldOfError: Partial<Record<string, UnitTextField>> = {
  UNIT_NAME_EMPTY: 'name',
  UNIT_NAME_TOO_LONG: 'name',
  UNIT_NAME_TAKEN: 'name',
  UNIT_PHONE_FORMAT: 'adminPhone',
  UNIT_COUNTERPART_MISSING: 'counterpart',
  VALUE_UNKNOWN: 'attribute',
};

interface Props {
  unit: Unit;
  /** The parent as loaded, for the route this unit inherits. */
  parent: Unit | undefined;
  attributes: string[];
  onSaved(unit: Unit): void;
}

/** The selected unit's editable details; Enter in any field saves. Problems show on saving, each until its field changes. */
export function UnitEditForm({ unit, parent, attributes, onSaved }: Props) {
  const schema = useMemo(() => unitEditSchema(unit), [unit]);
  const form = useForm<UnitDraft, UnitPatch>({
    initialValues: draftOf(unit),
    validate: useMemo(() => schemaResolver(schema, { sync: true }), [schema]),
    transformValues: (values) => schema.parse(values),
  });
  const [busy, setBusy] = useState(false);
  const archived = unit.archivedAt !== null;
  const draft = form.values;
  const dirty = Object.keys(patchOf(unit, draft)).length > 0;

  const input = (f: UnitTextField) => ({
    value: draft[f],
    onChange: (e: { currentTarget: { value: string } }) => form.setFieldValue(f, e.currentTarget.value),
    error: form.errors[f],
    disabled: archived,
  });

  async function save(patch: UnitPatch) {
    if (!dirty) return;
    setBusy(true);
    try {
      const saved = await change('units.update', { id: unit.id, patch });
      notifications.show({ color: 'green', message: `已保存“${saved.name}”` });
      onSaved(saved);
    } catch (err) {
      const field = err instanceof ApiCallError ? fieldOfError[err.code] : undefined;
      if (field) form.setErrors({ [field]: (err as Error).message });
      else notifications.show({ color: 'red', title: '未能保存', message: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  // What applies with the route as now chosen (before saving too).
  const own = draft.route === 'inherit' ? null : draft.route;
  const applies = own
    ? effectiveRouteText({ route: own, counterpart: own === 'category' ? draft.counterpart.trim() || null : null, fromUnitId: unit.id, fromUnitName: unit.name }, unit.id)
    : parent
      ? effectiveRouteText(parent.effectiveRoute, unit.id)
      : effectiveRouteText({ route: 'regional', counterpart: null, fromUnitId: null, fromUnitName: null }, unit.id);
  const attributeChoices = draft.attribute && !attributes.includes(draft.attribute) ? [...attributes, draft.attribute] : attributes;

  return (
    <form onSubmit={form.onSubmit((patch) => save(patch))} aria-label="单位信息">
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
          <TextInput label="单位名称" {...input('name')} />
          <TextInput label="平台单位代码" placeholder="如法网上的单位代码（可不填）" {...input('code')} />
          <Select
            label={fieldLabels.unitAttribute}
            placeholder={attributes.length ? '请选择' : '可在「设置」中维护单位属性列表'}
            data={attributeChoices}
            value={draft.attribute || null}
            onChange={(v) => form.setFieldValue('attribute', v ?? '')}
            error={form.errors.attribute}
            disabled={archived}
            clearable
            searchable
          />
          <TextInput label="管理员姓名" {...input('adminName')} />
          <TextInput label="管理员手机" inputMode="tel" {...input('adminPhone')} />
          <TextInput label="管理员平台账号" placeholder="通常为手机号" {...input('adminAccount')} />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="route-label">
            组考方式
          </Text>
          <SegmentedControl
            aria-labelledby="route-label"
            value={draft.route}
            onChange={(v) => form.setFieldValue('route', v as UnitDraft['route'])}
            disabled={archived}
            data={[
              { value: 'inherit', label: unit.parentId === null ? '默认' : '继承上级' },
              { value: 'regional', label: '分众组考' },
              { value: 'category', label: '分类组考' },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {draft.route === 'category' && (
          <TextInput label="对应省直部门" placeholder="例如：湖南省司法厅" {...input('counterpart')} />
        )}
        <Alert variant="light" color={draft.route === 'category' || (!own && parent?.effectiveRoute.route === 'category') ? 'teal' : 'gray'} p="xs">
          <Text size="sm">
            {dirty ? '保存后适用' : '当前适用'}：{applies}
          </Text>
        </Alert>
        <Group>
          <Button type="submit" loading={busy} disabled={!dirty || archived}>
            保存
          </Button>
          {dirty && (
            <Button variant="subtle" color="gray" onClick={() => form.setValues(draftOf(unit))}>
              撤销修改
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

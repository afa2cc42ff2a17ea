import { Alert, Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { errorMessages } from '../../../../shared/errors';
import { phoneProblem } from '../../../../shared/rules/phone';
import { unitNameProblem } from '../../../../shared/rules/unitName';
import type { Unit, UnitPatch } from '../../../../shared/schemas';
import { ApiCallError } from '../../api/client';
import { change } from '../../api/queries';
import { effectiveRouteText } from './routeText';
import { fieldLabels } from '../../../../shared/words/labels';

type RouteChoice = 'inherit' | 'regional' | 'category';
type Field = 'name' | 'code' | 'attribute' | 'adminName' | 'adminPhone' | 'adminAccount' | 'counterpart';
type Draft = Record<Field, string> & { route: RouteChoice };

/** Which field a core refusal belongs under; others become a notification. */
const fieldOfError: Partial<Record<string, Field>> = {
  UNIT_NAME_EMPTY: 'name',
  UNIT_NAME_TOO_LONG: 'name',
  UNIT_NAME_TAKEN: 'name',
  UNIT_PHONE_FORMAT: 'adminPhone',
  UNIT_COUNTERPART_MISSING: 'counterpart',
  VALUE_UNKNOWN: 'attribute',
};

function draftOf(u: Unit): Draft {
  return {
    name: u.name,
    code: u.code ?? '',
    attribute: u.attribute ?? '',
    adminName: u.adminName ?? '',
    adminPhone: u.adminPhone ?? '',
    adminAccount: u.adminAccount ?? '',
    counterpart: u.counterpart ?? '',
    route: u.examRoute ?? 'inherit',
  };
}

/** Only what changed, with empty text as null. */
function patchOf(unit: Unit, d: Draft): UnitPatch {
  const before = draftOf(unit);
  const patch: UnitPatch = {};
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  if (d.name !== before.name) patch.name = d.name;
  for (const f of ['code', 'attribute', 'adminName', 'adminPhone', 'adminAccount'] as const) {
    if (d[f] !== before[f]) patch[f] = text(d[f]);
  }
  if (d.route !== before.route) patch.examRoute = d.route === 'inherit' ? null : d.route;
  const counterpart = d.route === 'category' ? text(d.counterpart) : null;
  if (counterpart !== unit.counterpart) patch.counterpart = counterpart;
  return patch;
}

interface Props {
  unit: Unit;
  /** The parent as loaded, for the route this unit inherits. */
  parent: Unit | undefined;
  attributes: string[];
  onSaved(unit: Unit): void;
}

/** The selected unit's editable details; Enter in any field saves. */
export function UnitEditForm({ unit, parent, attributes, onSaved }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(unit));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const archived = unit.archivedAt !== null;
  const patch = patchOf(unit, draft);
  const dirty = Object.keys(patch).length > 0;

  const set = (f: Field | 'route', v: string) => {
    setDraft((d) => ({ ...d, [f]: v }));
    setErrors((e) => ({ ...e, [f]: undefined }));
  };
  const input = (f: Field) => ({
    value: draft[f],
    onChange: (e: { currentTarget: { value: string } }) => set(f, e.currentTarget.value),
    error: errors[f],
    disabled: archived,
  });

  function check(): boolean {
    const found: Partial<Record<Field, string>> = {};
    const name = unitNameProblem(draft.name);
    if (name) found.name = errorMessages[name];
    const phone = phoneProblem(draft.adminPhone);
    if (phone) found.adminPhone = phone;
    if (draft.route === 'category' && draft.counterpart.trim() === '') found.counterpart = errorMessages.UNIT_COUNTERPART_MISSING;
    setErrors(found);
    return Object.keys(found).length === 0;
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!dirty || !check()) return;
    setBusy(true);
    try {
      const saved = await change('units.update', { id: unit.id, patch });
      notifications.show({ color: 'green', message: `已保存“${saved.name}”` });
      onSaved(saved);
    } catch (err) {
      const field = err instanceof ApiCallError ? fieldOfError[err.code] : undefined;
      if (field) setErrors({ [field]: (err as Error).message });
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
    <form onSubmit={(e) => void save(e)} aria-label="单位信息">
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
          <TextInput label="单位名称" {...input('name')} />
          <TextInput label="平台单位代码" placeholder="如法网上的单位代码（可不填）" {...input('code')} />
          <Select
            label={fieldLabels.unitAttribute}
            placeholder={attributes.length ? '请选择' : '可在「设置」中维护单位属性列表'}
            data={attributeChoices}
            value={draft.attribute || null}
            onChange={(v) => set('attribute', v ?? '')}
            error={errors.attribute}
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
            onChange={(v) => set('route', v)}
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
            <Button variant="subtle" color="gray" onClick={() => (setDraft(draftOf(unit)), setErrors({}))}>
              撤销修改
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

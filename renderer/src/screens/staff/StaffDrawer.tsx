import { Alert, Badge, Button, Divider, Drawer, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Rank } from '../../../../shared/settings/schemas';
import type { Staff } from '../../../../shared/staff/schemas';
import { ApiCallError } from '../../api/client';
import { change } from '../../api/queries';
import { CheckReportSection } from './CheckReportSection';
import { StaffFormFields } from './StaffFormFields';
import type { UnitOption } from './unitOptions';
import { useStaffForm, valuesFrom } from './useStaffForm';

/** Who the drawer is for: a new person (optionally in a chosen unit) or an existing one. */
export type DrawerTarget = { mode: 'create'; unitId: number | null } | { mode: 'edit'; staff: Staff };

interface Props {
  opened: boolean;
  target: DrawerTarget;
  year: number;
  unitOptions: UnitOption[];
  ranks: Rank[];
  onClose(): void;
  onSaved(staff: Staff, created: boolean): void;
}

export function StaffDrawer({ opened, target, onClose, ...rest }: Props) {
  // Counts openings: reopening the same person while the drawer is still
  // closing must not reuse the old editor (its form and 年度核对 would be stale).
  const [opening, setOpening] = useState(0);
  useEffect(() => {
    if (opened) setOpening((n) => n + 1);
  }, [opened]);
  const title =
    target.mode === 'create' ? (
      '新增学员'
    ) : (
      <Group gap="xs">
        <span>学员信息 · {target.staff.name}</span>
        <Badge variant="light" color="gray">
          {target.staff.unitName}
        </Badge>
      </Group>
    );
  return (
    <Drawer opened={opened} onClose={onClose} title={title} position="right" size={560} padding="lg">
      {/* A fresh editor per person and per opening, so nothing typed or loaded earlier leaks in. */}
      <StaffEditor key={`${target.mode === 'edit' ? `edit-${target.staff.id}` : 'create'}-${opening}`} target={target} onClose={onClose} {...rest} />
    </Drawer>
  );
}

function StaffEditor({ target, year, unitOptions, ranks, onClose, onSaved }: Omit<Props, 'opened'>) {
  const existing = target.mode === 'edit' ? target.staff : null;
  const form = useStaffForm(valuesFrom(existing, target.mode === 'create' ? target.unitId : null));
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function save(andNext: boolean) {
    if (!form.valid) {
      form.touchAll();
      return;
    }
    setBusy(true);
    try {
      const input = form.toInput();
      const saved = existing ? await change('staff.update', { id: existing.id, input, year }) : await change('staff.create', { input, year });
      onSaved(saved, existing === null);
      if (andNext) {
        // The next person is most likely in the same unit with a similar rank.
        form.reset({ ...valuesFrom(null, saved.unitId), rank: form.values.rank });
        formRef.current?.querySelector<HTMLInputElement>('[data-autofocus]')?.focus();
      } else {
        onClose();
      }
    } catch (err) {
      if (err instanceof ApiCallError) form.showRefusal(err.code, err.message);
      else form.setAlert((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(false);
  }

  return (
    <Stack gap="lg">
      <form
        ref={formRef}
        onSubmit={submit}
        aria-label={existing ? '学员信息' : '新增学员'}
        noValidate
        onKeyDown={(e) => {
          // Enter in a field of an incomplete form shows what is missing instead of doing nothing.
          if (e.key === 'Enter' && !form.valid && e.target instanceof HTMLInputElement) form.touchAll();
        }}
      >
        <Stack gap="sm">
          <StaffFormFields form={form} unitOptions={unitOptions} ranks={ranks} />
          {form.alert && (
            <Alert color="red" variant="light" title="未保存">
              {form.alert}
            </Alert>
          )}
          <Group justify="space-between" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ zIndex: 1 }}>
            <Text size="xs" c="dimmed">
              Enter 保存 · Esc 关闭
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                取消
              </Button>
              {!existing && (
                <Button variant="light" disabled={!form.valid} loading={busy} onClick={() => void save(true)}>
                  保存并继续新增
                </Button>
              )}
              <Button type="submit" disabled={!form.valid} loading={busy}>
                保存
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {existing && (
        <>
          <Divider />
          <CheckReportSection staffId={existing.id} name={existing.name} year={year} />
        </>
      )}
    </Stack>
  );
}

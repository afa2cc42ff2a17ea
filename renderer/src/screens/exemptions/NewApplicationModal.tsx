import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { ExemptionGround } from '../../../../shared/rules/yearPolicy';
import { change, useDeskQuery } from '../../api/queries';
import { ApplicationFields, emptyFields, fieldsToArgs, type FieldValues } from './ApplicationFields';
import { errorText } from './labels';
import { IN_SERVICE } from '../../../../shared/staffStatus';

export interface NewTarget {
  ground: ExemptionGround;
  /** Chosen already (from the candidates list); otherwise the admin searches the roster. */
  person?: { id: number; name: string; idNumber: string; unit: string };
}

interface Props {
  target: NewTarget | null;
  year: number;
  today: string;
  onClose(): void;
  onCreated(id: number): void;
}

/** 新建免考申请: who, on which ground, and the written application with its HR review. */
export function NewApplicationModal({ target, year, today, onClose, onCreated }: Props) {
  const [values, setValues] = useState<FieldValues>(emptyFields('maternity'));
  const [personId, setPersonId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!target) return;
    setValues({ ...emptyFields(target.ground), appliedOn: today });
    setPersonId(target.person ? String(target.person.id) : null);
    setError(null);
  }, [target, today]);

  // The roster search for the typed text; the last list found stays while the text is cleared.
  const q = query.trim();
  const found = useDeskQuery('staff.search', { query: q, year, status: IN_SERVICE, limit: 20 }, { enabled: target !== null && !target.person && q.length >= 1 });
  const options = useMemo(() => (found.data?.rows ?? []).map((s) => ({ value: String(s.id), label: `${s.name} · ${s.idNumber} · ${s.unitPath}` })), [found.data]);

  const submit = async () => {
    if (!personId) return setError('请先选择学员。');
    setBusy(true);
    setError(null);
    try {
      const created = await change('exemptions.create', { staffId: Number(personId), year, ground: values.ground, ...fieldsToArgs(values) });
      onCreated(created.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={target !== null} onClose={onClose} title={`新建 ${year} 年度免考申请`} size="lg">
      <Stack>
        {target?.person ? (
          <Text>
            学员：<b>{target.person.name}</b> · {target.person.idNumber} · {target.person.unit}
          </Text>
        ) : (
          <Select
            label="学员"
            placeholder="输入姓名或身份证号查找"
            searchable
            searchValue={query}
            onSearchChange={setQuery}
            data={options}
            value={personId}
            onChange={setPersonId}
            filter={({ options: o }) => o}
            nothingFoundMessage={query ? '没有找到在职学员' : '输入姓名或身份证号'}
          />
        )}
        <ApplicationFields values={values} onChange={setValues} today={today} />
        {error && (
          <Alert color="red" title="没有新建">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button onClick={() => void submit()} loading={busy}>
            新建申请
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

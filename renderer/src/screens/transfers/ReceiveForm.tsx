import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { effectiveDateProblem, routeText } from '../../../../shared/rules/transferRules';
import type { Rank } from '../../../../shared/settings/schemas';
import type { Unit } from '../../../../shared/units/schemas';
import type { FindResult, PersonAtDesk, ReceiveArgs } from '../../../../shared/transfers/schemas';
import { call } from '../../api/client';
import { change } from '../../api/queries';
import { ConfirmModal } from '../../components/ConfirmModal';
import { emptyOutside, OutsidePersonFields, type OutsideValues } from './OutsidePersonFields';
import { PersonChoice } from './PersonChoice';
import { ReceiveWarnings } from './ReceiveWarnings';
import { hasLeftService } from '../../../../shared/staffStatus';
import { transferDateLabels } from '../../../../shared/words/labels';

interface Props {
  toUnit: Unit;
  today: string;
  ranks: Rank[];
  /** Typed in already (an expected arrival's ID number). */
  initialQuery: string;
}

type Choice = { kind: 'desk'; person: PersonAtDesk } | { kind: 'outside'; idNumber: string } | null;

/** 调入: find the person, see where they are now, set the date and reason, confirm. */
export function ReceiveForm({ toUnit, today, ranks, initialQuery }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [result, setResult] = useState<{ query: string; found: FindResult } | null>(null);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [choice, setChoice] = useState<Choice>(null);
  const [outside, setOutside] = useState<OutsideValues>(emptyOutside);
  const [effectiveOn, setEffectiveOn] = useState(today);
  const [reason, setReason] = useState('工作调动');
  const [confirming, setConfirming] = useState(false);

  const lookUp = useCallback(async (text: string) => {
    if (!text.trim()) return;
    setSearching(true);
    setError(null);
    try {
      const found = await call('transfers.find', { query: text });
      setResult({ query: text.trim(), found });
      setChoice(found.people.length === 1 ? { kind: 'desk', person: found.people[0]! } : null);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSearching(false);
    }
  }, []);

  // Opened from 待接收 with the person's ID number: look them up at once.
  useEffect(() => {
    if (initialQuery) void lookUp(initialQuery);
  }, [initialQuery, lookUp]);

  async function find(e?: FormEvent) {
    e?.preventDefault();
    await lookUp(query);
  }

  const person = choice?.kind === 'desk' ? choice.person : null;
  const dateProblem = effectiveDateProblem(effectiveOn, today, person?.lastTransfer?.effectiveOn ?? null);
  const blocked = person !== null && (person.unitId === toUnit.id || hasLeftService(person.status));
  const outsideMissing = choice?.kind === 'outside' && (!outside.origin.trim() || !outside.name.trim());
  const canConfirm = choice !== null && !blocked && dateProblem === null && !outsideMissing;
  const who = person ? person.name : outside.name.trim();
  const from = person ? person.unitPath : `${outside.origin.trim()}（外单位）`;

  async function receive() {
    if (!choice) return;
    const args: ReceiveArgs = {
      toUnitId: toUnit.id,
      effectiveOn,
      reason: reason.trim() || null,
      from:
        choice.kind === 'desk'
          ? { kind: 'desk', idNumber: choice.person.idNumber }
          : {
              kind: 'outside',
              origin: outside.origin,
              person: { idNumber: choice.idNumber, name: outside.name, phone: outside.phone.trim() || null, rank: outside.rank, post: outside.post.trim() || null },
            },
    };
    const r = await change('transfers.receive', args);
    const flagged = r.transfer.flaggedBookings > 0 ? `；${r.transfer.flaggedBookings} 条报考因组考方式变化已标记待核对` : '';
    notifications.show({ color: 'green', title: '调入已办理', message: `已将 ${r.transfer.name} 从 ${r.transfer.fromPath} 调入 ${r.transfer.toPath}${flagged}` });
    setQuery('');
    setResult(null);
    setChoice(null);
    setOutside(emptyOutside);
    setReason('工作调动');
  }

  return (
    <Stack maw={760}>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={4}>1. 查找学员</Title>
          <form onSubmit={(e) => void find(e)} aria-label="查找学员">
            <Group align="flex-end">
              <TextInput
                label="身份证号或姓名"
                placeholder="输入完整身份证号，或姓名的一部分"
                leftSection={<IconSearch size={16} />}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                w={340}
                data-autofocus
                autoFocus
              />
              <Button type="submit" loading={searching}>
                查找
              </Button>
            </Group>
          </form>
          {error && <Alert color="red">{error}</Alert>}
          {result && (
            <PersonChoice
              result={result.found}
              query={result.query}
              chosenId={person?.id ?? null}
              outside={choice?.kind === 'outside'}
              onChoose={(p) => setChoice({ kind: 'desk', person: p })}
              onOutside={() => setChoice({ kind: 'outside', idNumber: result.found.idNumber! })}
            />
          )}
        </Stack>
      </Card>

      {choice && (
        <Card withBorder padding="md">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (canConfirm) setConfirming(true);
            }}
            aria-label="调入信息"
          >
            <Stack gap="sm">
              <Title order={4}>2. 调入信息</Title>
              {person ? (
                <ReceiveWarnings person={person} toUnit={toUnit} />
              ) : (
                <OutsidePersonFields idNumber={choice.kind === 'outside' ? choice.idNumber : ''} values={outside} ranks={ranks} onChange={setOutside} />
              )}
              <Text size="sm">
                调入单位：<b>{toUnit.path}</b>（{routeText(toUnit.effectiveRoute)}）
              </Text>
              <Group align="flex-start" grow>
                <TextInput type="date" label={transferDateLabels.effectiveOn} required value={effectiveOn} onChange={(e) => setEffectiveOn(e.currentTarget.value)} error={dateProblem} max={`${today.slice(0, 4)}-12-31`} />
                <TextInput label="调动原因" placeholder="如：工作调动、交流任职" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
              </Group>
              <Group justify="flex-end">
                <Button type="submit" disabled={!canConfirm}>
                  确认调入…
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}

      <ConfirmModal opened={confirming} title="确认调入" confirmLabel="确认调入" onClose={() => setConfirming(false)} onConfirm={receive}>
        <Text size="sm">
          将 <b>{who}</b> 从 <b>{from}</b> 调入 <b>{toUnit.path}</b>，生效日期 {effectiveOn}
          {reason.trim() ? `，原因：${reason.trim()}` : ''}。
        </Text>
        {choice?.kind === 'outside' && <Text size="sm">将在学员名册中新建此人的记录。</Text>}
        {person && person.liveBookings > 0 && <Text size="sm">如组考方式不同，此人已有的报考将被标记为待核对。</Text>}
        <Text size="xs" c="dimmed">
          办理后可在“异动记录”中撤销最近一次调动。
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

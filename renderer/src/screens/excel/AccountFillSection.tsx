import { Alert, Button, Group, Radio, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AccountFill } from '../../../../shared/accounts/methods';
import { change, useDeskQuery } from '../../api/queries';
import { PlatformUpload } from '../../components/PlatformUpload';
import { ConfirmModal } from '../../components/ConfirmModal';
import { UnitFilter } from '../../components/UnitFilter';
import { fieldLabels } from '../../../../shared/words/labels';

/** Rows of the preview shown before “等 N 人”. */
const SHOWN = 300;

/**
 * 补填登录账号: people whose 登录账号 is empty get one from their mobile number
 * or from a column of an Excel file matched by ID number. The preview lists
 * who gets which account; nothing is written until the admin confirms.
 */
export function AccountFillSection() {
  const units = useDeskQuery('units.list', {});
  const [source, setSource] = useState<'phone' | 'file'>('phone');
  const [file, setFile] = useState<{ fileId: string; name: string } | null>(null);
  const [column, setColumn] = useState('');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [plan, setPlan] = useState<AccountFill | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const args = (apply: boolean, f = file) => ({
    source,
    ...(source === 'file' && f ? { fileId: f.fileId } : {}),
    ...(source === 'file' && column.trim() ? { column: column.trim() } : {}),
    ...(unitId !== null ? { unitId } : {}),
    apply,
  });
  const preview = async (f = file) => {
    setBusy(true);
    setError(null);
    setPlan(null);
    try {
      setPlan(await change('staff.fillAccounts', args(false, f)));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const reset = () => {
    setPlan(null);
    setError(null);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        为登录账号为空的学员补填账号（已有账号的不会改动）。签到表和学分、考试结果的导入都会用到登录账号。
      </Text>
      <Radio.Group
        label="账号来源"
        value={source}
        onChange={(v) => {
          setSource(v as 'phone' | 'file');
          reset();
        }}
      >
        <Group mt={4}>
          <Radio value="phone" label="用学员的手机号码" />
          <Radio value="file" label="从 Excel 文件的一列（按身份证号对应）" />
        </Group>
      </Radio.Group>
      <UnitFilter
        label="补填范围"
        description="选择单位时含其下级单位"
        units={units.data}
        unitId={unitId}
        onChange={(id) => {
          setUnitId(id);
          reset();
        }}
      />
      {source === 'file' && (
        <Group align="flex-end">
          <TextInput
            label="账号所在列的表头"
            description="留空则自动找“登录账号”“账号”“用户名”列"
            w={280}
            value={column}
            maxLength={100}
            onChange={(e) => {
              setColumn(e.currentTarget.value);
              reset();
            }}
          />
          <PlatformUpload
            label={file ? `换一个文件（当前：${file.name}）` : '选择 Excel 文件…'}
            onUploaded={async (f) => {
              setFile(f);
              await preview(f);
            }}
          />
        </Group>
      )}
      <Group>
        <Button variant="default" loading={busy} disabled={source === 'file' && !file} onClick={() => void preview()}>
          预览补填
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {plan && (
        <Stack gap="xs" aria-label="补填预览">
          <Text size="sm">
            登录账号为空 {plan.empty} 人：可补填 {plan.fills.length} 人
            {plan.skipped.length > 0 ? `，不补填 ${plan.skipped.length} 人` : ''}
            {plan.noValue > 0 ? `，${plan.noValue} 人在${plan.source === 'phone' ? '名册中没有手机号码' : '文件中没有对应的账号'}` : ''}。
          </Text>
          {plan.fills.length > 0 && (
            <Table striped aria-label="补填名单">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{fieldLabels.name}</Table.Th>
                  <Table.Th>{fieldLabels.idNumber}</Table.Th>
                  <Table.Th>{fieldLabels.unit}</Table.Th>
                  <Table.Th>补填的登录账号</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.fills.slice(0, SHOWN).map((f) => (
                  <Table.Tr key={f.staffId}>
                    <Table.Td>{f.name}</Table.Td>
                    <Table.Td>{f.idNumber}</Table.Td>
                    <Table.Td>{f.unitPath}</Table.Td>
                    <Table.Td>{f.account}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {plan.fills.length > SHOWN && <Text size="sm" c="dimmed">以上为前 {SHOWN} 人，共 {plan.fills.length} 人。</Text>}
          {plan.skipped.map((x) => (
            <Text key={x.staffId} size="sm" c="orange.8">
              {x.name}（{x.account}）：{x.why}，不补填
            </Text>
          ))}
          <Group>
            <Button disabled={plan.fills.length === 0} onClick={() => setConfirming(true)}>
              补填 {plan.fills.length} 人的登录账号
            </Button>
          </Group>
        </Stack>
      )}
      <ConfirmModal
        opened={confirming && plan !== null}
        title="补填登录账号"
        confirmLabel={`补填这 ${plan?.fills.length ?? 0} 人`}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          const r = await change('staff.fillAccounts', args(true));
          notifications.show({ color: 'green', message: `已为 ${r.fills.length} 人补填登录账号` });
          setConfirming(false);
          setPlan(null);
        }}
      >
        <Text size="sm">
          将为 {plan?.fills.slice(0, 5).map((f) => f.name).join('、')}
          {(plan?.fills.length ?? 0) > 5 ? ` 等 ${plan?.fills.length} 人` : ''}补填登录账号，每人一条操作记录；已有账号的学员不会改动。
        </Text>
      </ConfirmModal>
    </Stack>
  );
}

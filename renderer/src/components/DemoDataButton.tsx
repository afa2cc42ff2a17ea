import { Button, Text, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { change } from '../api/queries';
import { ConfirmModal } from './ConfirmModal';

const DEMO = { units: 30, staff: 500 } as const;

/** 生成演示数据: only for an empty desk, to try the app with made-up units and people. */
export function DemoDataButton(props: ButtonProps) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" {...props} onClick={() => setOpened(true)}>
        生成演示数据
      </Button>
      <ConfirmModal
        opened={opened}
        title="生成演示数据"
        confirmLabel="生成"
        onClose={() => setOpened(false)}
        onConfirm={async () => {
          const made = await change('demo.generate', DEMO);
          notifications.show({ color: 'green', message: `已生成演示数据：${made.units} 个单位、${made.staff} 名学员` });
        }}
      >
        <Text size="sm">
          将在空白台账中生成约 {DEMO.units} 个虚构单位和 {DEMO.staff} 名虚构学员（身份证号格式正确但不属于真实的人），用来熟悉各项功能。
        </Text>
        <Text size="sm" c="dimmed">
          演示数据与真实数据混在一起不易区分，正式使用时请换一个数据文件夹。
        </Text>
      </ConfirmModal>
    </>
  );
}

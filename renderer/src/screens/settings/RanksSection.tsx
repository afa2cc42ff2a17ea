import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Lists, Rank } from '../../../../shared/settings/schemas';
import { change } from '../../api/queries';
import { ListEditor } from './ListEditor';
import { fieldLabels } from '../../../../shared/words/labels';

/** 职级列表: the ranks in the roster, each marked as taking part in 学法考法 or not. */
export function RanksSection({ lists, onSaved }: { lists: Lists; onSaved(lists: Lists): void }) {
  return (
    <ListEditor<Rank>
      saved={lists.ranks}
      nameOf={(r) => r.name}
      make={(name) => ({ name, takesPart: true })}
      nameLabel={fieldLabels.rank}
      columns={[
        {
          header: '参加学法考法',
          cell: (r, update) => (
            <Switch
              aria-label={`“${r.name}”参加学法考法`}
              checked={r.takesPart}
              onChange={(e) => update({ ...r, takesPart: e.currentTarget.checked })}
              label={r.takesPart ? '参加' : '不参加'}
              size="sm"
            />
          ),
        },
      ]}
      addLabel="添加职级"
      saveLabel="保存职级列表"
      onSave={async (ranks) => {
        const saved = await change('lists.saveRanks', { ranks });
        notifications.show({ color: 'green', message: '职级列表已保存' });
        onSaved(saved);
      }}
    />
  );
}

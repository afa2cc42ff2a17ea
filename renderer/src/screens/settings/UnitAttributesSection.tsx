import { notifications } from '@mantine/notifications';
import type { Lists } from '../../../../shared/settings/schemas';
import { change } from '../../api/queries';
import { ListEditor } from './ListEditor';
import { fieldLabels } from '../../../../shared/words/labels';

/** 单位属性列表: the choices for a unit's 单位属性 on the 单位层级 screen. */
export function UnitAttributesSection({ lists, onSaved }: { lists: Lists; onSaved(lists: Lists): void }) {
  return (
    <ListEditor<string>
      saved={lists.unitAttributes}
      nameOf={(a) => a}
      make={(name) => name}
      nameLabel={fieldLabels.unitAttribute}
      addLabel="添加单位属性"
      saveLabel="保存单位属性列表"
      onSave={async (attributes) => {
        const saved = await change('lists.saveUnitAttributes', { attributes });
        notifications.show({ color: 'green', message: '单位属性列表已保存' });
        onSaved(saved);
      }}
    />
  );
}

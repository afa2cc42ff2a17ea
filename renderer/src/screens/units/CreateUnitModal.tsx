import { Modal } from '@mantine/core';
import type { Unit } from '../../../../shared/units/schemas';
import { UnitForm } from '../../components/UnitForm';

interface Props {
  /** Units that can be a parent (not archived), in tree order. */
  units: Unit[];
  /** The preselected parent; null for 新建一级单位. */
  parent: Unit | null;
  onClose(): void;
  onCreated(unit: Unit): void;
}

/** 新建下级单位 / 新建一级单位 in a dialog; focus lands in the name, Enter creates, Esc closes. */
export function CreateUnitModal({ units, parent, onClose, onCreated }: Props) {
  return (
    <Modal opened onClose={onClose} title={parent ? `在“${parent.name}”下新建下级单位` : '新建一级单位'}>
      <UnitForm units={units} parentId={parent?.id ?? null} stacked submitLabel="新建" onCreated={onCreated} />
    </Modal>
  );
}

import { Stepper } from '@mantine/core';
import { ApplyStep, ImportDone } from './ApplyStep';
import { ColumnsStep } from './ColumnsStep';
import { DryRunStep } from './DryRunStep';
import { FileStep } from './FileStep';
import { HeaderPicker } from './HeaderPicker';
import { useImportWizard, type Step } from './useImportWizard';

/**
 * 导入学员名册 in four steps: 选择文件 → 工作表与列 → 试运行结果 → 导入.
 * When the header row cannot be found, step ② lets the admin pick it.
 */
export function ImportWizard() {
  const wizard = useImportWizard();
  const { preview, sample } = wizard;
  const done = wizard.result?.applied === true;
  // Earlier steps can be revisited; later ones only once a dry run exists (and no header row is being picked), none after the import.
  const reachable = (s: Step) => !done && wizard.busy === null && (s === 0 || (s === 1 ? preview !== null || sample !== null : preview !== null && sample === null));

  return (
    <Stepper
      active={done ? 4 : wizard.step}
      onStepClick={(s) => reachable(s as Step) && wizard.goTo(s as Step)}
      allowNextStepsSelect={false}
      size="sm"
    >
      <Stepper.Step label="选择文件" description={wizard.file?.name ?? '.xlsx 文件'} allowStepSelect={reachable(0)}>
        <FileStep wizard={wizard} />
      </Stepper.Step>
      <Stepper.Step label="工作表与列" description={sample ? '选择表头行' : '核对各列'} allowStepSelect={reachable(1)}>
        {sample ? (
          <HeaderPicker key={`${wizard.file?.fileId}:${sample.sheet}`} wizard={wizard} sample={sample} />
        ) : (
          preview && <ColumnsStep wizard={wizard} preview={preview} />
        )}
      </Stepper.Step>
      <Stepper.Step label="试运行结果" description="只检查，不写入" allowStepSelect={reachable(2)}>
        {preview && <DryRunStep wizard={wizard} preview={preview} />}
      </Stepper.Step>
      <Stepper.Step label="导入" description="先备份，再写入" allowStepSelect={reachable(3)}>
        {preview && <ApplyStep wizard={wizard} preview={preview} />}
      </Stepper.Step>
      <Stepper.Completed>{wizard.result && <ImportDone result={wizard.result} onAnother={wizard.reset} />}</Stepper.Completed>
    </Stepper>
  );
}

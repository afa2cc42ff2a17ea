import type { ErrorWords } from './wording';
import { exemptionDateLabels, type ExemptionDateField } from '../labels';

/** Refusals of 免考管理 and its 证明材料. */
export const exemptionErrors = {
  EXEMPTION_NOT_FOUND: '找不到该免考申请，可能已被删除，请刷新后重试',
  EXEMPTION_EXISTS: '该学员本年度已有待审批或已批准的免考申请，请在原申请上修改，或先撤销原申请',
  EXEMPTION_GROUND_NOT_ALLOWED: '本年度规则不含这项免考情形，请核对年度规则',
  EXEMPTION_OUT_OF_WINDOW: '该学员的法定退休日期不在本年度免考范围内，不能以“距退休两年内”免考',
  EXEMPTION_NOT_IN_SERVICE: '该学员不是在职状态，不需要办理免考',
  EXEMPTION_NEEDS_EVIDENCE: '产假和重大疾病免考须先上传至少一份证明材料，才能批准',
  EXEMPTION_STATUS: '该申请当前的状态不能做这项操作，请刷新后查看',
  EXEMPTION_DATE_INVALID: '日期不正确，请核对后重新填写',
  EXEMPTION_NOT_SUSPECTED: '该免考没有“疑似借免考规避考试”的情形，不需要认定',
  EXEMPTION_EVASION_REASON: '排除规避考试嫌疑须填写原因',
  EVIDENCE_TYPE: '证明材料只接受 PDF、JPG 或 PNG 文件（按文件内容判断，不看扩展名），请用扫描仪另存为这几种格式后再添加',
  EVIDENCE_TOO_LARGE: '证明材料超过 50 MB 的上限，没有保存。请降低扫描分辨率或拆分成几个文件后再添加',
  EVIDENCE_PDF_UNREADABLE: '这个 PDF 已损坏或设置了密码，无法放入打印存档。请另存为普通 PDF 或扫描成图片后再添加',
  EVIDENCE_NOT_FOUND: '找不到该证明材料，可能已被删除，请刷新后重试',
  EVIDENCE_DUPLICATE: '这个文件已经是本申请的证明材料，无需重复添加',
  EVIDENCE_FILE_MISSING: '证明材料文件在数据文件夹中缺失或已被改动，请在设置中运行“核验”，并重新添加该材料',
  ARCHIVE_FONT_MISSING: '找不到打印存档所需的中文字体文件，请重新安装学法考法管理台',
  'EXEMPTION_NOT_FOUND.byId': (d: { id: number }) => `找不到该免考申请（编号 ${d.id}），可能已被删除，请刷新后重试。`,
  'EXEMPTION_NOT_IN_SERVICE.apply': (d: { name: string; status: string }) => `${d.name}的在职状态为“${d.status}”，不参加学法考法，不需要办理免考。`,
  'EXEMPTION_NOT_IN_SERVICE.approve': (d: { name: string; status: string }) => `${d.name}的在职状态已是“${d.status}”，不需要批准免考；可以撤销该申请。`,
  'EXEMPTION_EXISTS.named': (d: { name: string; year: number; status: string; ground: string }) =>
    `${d.name} ${d.year} 年已有${d.status}的免考申请（${d.ground}），请在原申请上修改，或先撤销原申请再新建。`,
  'EXEMPTION_STATUS.edit': (d: { status: string }) => `该申请${d.status}，不能再修改；如需免考，请新建申请。`,
  'EXEMPTION_STATUS.groundApproved': '已批准的申请不能修改免考情形；如免考情形有误，请先撤销，再重新申请。',
  'EXEMPTION_STATUS.decide': (d: { status: string; decision: 'approved' | 'rejected' }) =>
    `该申请${d.status}，只有待审批的申请才能${d.decision === 'approved' ? '批准' : '不予批准'}。`,
  'EXEMPTION_STATUS.revoke': (d: { status: string }) => `该申请${d.status}，不能再撤销。`,
  'EXEMPTION_STATUS.evasion': (d: { status: string }) => `该申请${d.status}，只有已批准的免考才需要认定是否规避考试。`,
  'EXEMPTION_STATUS.evidence': (d: { status: string }) => `该申请${d.status}，不能再更改证明材料；如需免考，请新建申请。`,
  'EXEMPTION_NEEDS_EVIDENCE.named': (d: { name: string; ground: 'maternity' | 'illness'; groundLabel: string }) =>
    `${d.name}的免考情形为“${d.groundLabel}”，须先上传至少一份证明材料（${{ maternity: '产假审批表、生育证明等', illness: '医院诊断证明、住院病历等' }[d.ground]}），才能批准。`,
  'EXEMPTION_NOT_SUSPECTED.named': (d: { name: string }) => `${d.name}批准免考前没有缺考或未通过的考试，没有“疑似借免考规避考试”的情形，不需要认定。`,
  'EXEMPTION_EVASION_REASON.example': '排除规避考试嫌疑须填写原因（如：缺考当天住院，有病历为证）。',
  'EXEMPTION_DATE_INVALID.missing': (d: { field: ExemptionDateField }) => `请填写${exemptionDateLabels[d.field]}。`,
  'EXEMPTION_DATE_INVALID.notADate': (d: { field: ExemptionDateField; value: string }) => `${exemptionDateLabels[d.field]}“${d.value}”不是有效日期，请按 YYYY-MM-DD 填写。`,
  'EXEMPTION_DATE_INVALID.future': (d: { field: ExemptionDateField; value: string; today: string }) =>
    `${exemptionDateLabels[d.field]} ${d.value} 晚于今天（${d.today}），请核对后重新填写。`,
  'EXEMPTION_DATE_INVALID.backwards': (d: { field: ExemptionDateField; value: string; earlierField: ExemptionDateField; earlier: string }) =>
    `${exemptionDateLabels[d.field]} ${d.value} 早于${exemptionDateLabels[d.earlierField]} ${d.earlier}，请核对后重新填写。`,
  'EXEMPTION_DATE_INVALID.beforeApproval': (d: { value: string; approved: string }) => `${exemptionDateLabels.evasionDecidedOn} ${d.value} 早于批准免考日期 ${d.approved}，请核对后重新填写。`,
  'EXEMPTION_GROUND_NOT_ALLOWED.named': (d: { year: number; ground: string }) => `${d.year} 年度规则不含“${d.ground}”这项免考情形，请核对年度规则或改选其他情形。`,
  'EXEMPTION_OUT_OF_WINDOW.named': (d: {
    name: string;
    date: string | null;
    statutory: string | null;
    agreed: boolean;
    age: number;
    limitDate: string;
    cutoff: string;
    years: number;
  }) =>
    `${d.name}的${
      d.agreed
        ? `约定的弹性延迟退休日期为 ${d.date}（法定退休日期 ${d.statutory}）`
        : `法定退休日期为 ${d.date ?? '无法计算'}（原法定退休年龄 ${d.age} 岁，按渐进式延迟退休规定计算）`
    }，晚于 ${d.limitDate}（${d.cutoff} 后 ${d.years} 年），不符合“距退休两年内”免考。如原法定退休年龄登记有误，请先在学员名册中更正。`,
  'EVIDENCE_DUPLICATE.same': (d: { name: string }) => `这个文件与本申请已有的证明材料“${d.name}”内容完全相同，无需重复添加。`,
  'EVIDENCE_DUPLICATE.replacing': (d: { name: string }) => `新文件与要替换的“${d.name}”内容完全相同，无需替换。`,
  'EVIDENCE_NOT_FOUND.byId': (d: { id: number }) => `找不到该证明材料（编号 ${d.id}），可能已被删除，请刷新后重试。`,
  'EVIDENCE_NOT_FOUND.removed': (d: { name: string; replaced: boolean }) => `证明材料“${d.name}”已被${d.replaced ? '替换' : '移除'}，请刷新后查看当前的材料。`,
  'EVIDENCE_FILE_MISSING.open': (d: { name: string; missing: boolean }) =>
    `证明材料“${d.name}”的文件${d.missing ? '在数据文件夹中找不到' : '已被改动（与保存时的校验码不符）'}，无法打开。请在“设置”中运行核验，并从原件重新添加该材料。`,
  'EVIDENCE_TOO_LARGE.sized': (d: { name: string; size: string; max: string }) =>
    `“${d.name}”有 ${d.size}，超过证明材料 ${d.max} 的上限，没有保存。请降低扫描分辨率（如 200 dpi、灰度）或拆分成几个文件后再添加。`,
  'EVIDENCE_TYPE.named': (d: { name: string; seems: string | null }) =>
    `“${d.name}”的内容不是 PDF、JPG 或 PNG 文件${d.seems ? `（看起来是${d.seems}）` : ''}，没有保存。证明材料按文件内容判断类型，改扩展名没有用；请用扫描仪或手机另存为 PDF、JPG 或 PNG 后再添加。`,
  'EVIDENCE_PDF_UNREADABLE.named': (d: { name: string }) =>
    `“${d.name}”虽以 PDF 开头，但已损坏、没有页面或设置了密码，无法放入打印存档，没有保存。请另存为普通 PDF 或扫描成图片后再添加。`,
  'ARCHIVE_FONT_MISSING.searched': (d: { file: string; searched: string[] }) =>
    `找不到打印存档所需的中文字体文件 ${d.file}（查找过：${d.searched.join('；') || '无'}），请重新安装学法考法管理台。`,
} as const satisfies ErrorWords;

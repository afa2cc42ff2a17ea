/**
 * Made-up but realistic material for demo desks: 汨罗市's bureaus and towns,
 * their offices, and common Hunan surnames and given names.
 */

/** A first-level unit: its name, attribute (from the default list), and 分类组考 counterpart if any. */
export interface TopUnitSeed {
  name: string;
  attribute: string;
  counterpart?: string;
  /** Offices typical of this unit, used before the generic ones. */
  offices?: string[];
  town?: boolean;
}

export const TOWNS = [
  '归义镇', '新市镇', '古培镇', '白水镇', '弼时镇', '长乐镇', '大荆镇', '桃林寺镇',
  '三江镇', '川山坪镇', '罗江镇', '屈子祠镇', '汨罗镇', '神鼎山镇', '河市镇',
];

export const TOP_UNITS: TopUnitSeed[] = [
  { name: '汨罗市司法局', attribute: '政府机关', counterpart: '湖南省司法厅', offices: ['公证处', '法律援助中心', '社区矫正股', '人民参与和促进法治股', '律师工作股', ...TOWNS.map((t) => `${t.replace(/镇$/, '')}司法所`)] },
  { name: '汨罗市教育局', attribute: '政府机关', offices: ['汨罗市第一中学', '汨罗市第二中学', '汨罗市第三中学', '汨罗市职业中专', '基础教育股', '教育督导室', '学生资助中心'] },
  { name: '汨罗市公安局', attribute: '政府机关', counterpart: '湖南省公安厅', offices: ['交通警察大队', '刑事侦查大队', '治安管理大队', '法制大队', '指挥中心', ...TOWNS.map((t) => `${t.replace(/镇$/, '')}派出所`)] },
  { name: '汨罗市市场监督管理局', attribute: '政府机关', counterpart: '湖南省市场监督管理局', offices: ['综合行政执法大队', '食品安全监管股', '药品医疗器械监管股', '登记注册股'] },
  { name: '汨罗市生态环境局', attribute: '政府机关', counterpart: '湖南省生态环境厅', offices: ['环境监察大队', '环境监测站'] },
  { name: '汨罗市自然资源局', attribute: '政府机关', counterpart: '湖南省自然资源厅', offices: ['不动产登记中心', '国土空间规划股', '执法监察大队'] },
  { name: '汨罗市交通运输局', attribute: '政府机关', counterpart: '湖南省交通运输厅', offices: ['综合行政执法大队', '公路建设养护中心'] },
  { name: '国家税务总局汨罗市税务局', attribute: '政府机关', counterpart: '国家税务总局湖南省税务局', offices: ['第一税务分局', '第二税务分局', '纳税服务股'] },
  { name: '汨罗市财政局', attribute: '政府机关', offices: ['国库股', '预算股', '会计核算中心'] },
  { name: '汨罗市人力资源和社会保障局', attribute: '政府机关', offices: ['就业服务中心', '社会保险服务中心', '劳动保障监察大队'] },
  { name: '汨罗市住房和城乡建设局', attribute: '政府机关', offices: ['建设工程质量安全监督站', '房产服务中心'] },
  { name: '汨罗市农业农村局', attribute: '政府机关', offices: ['农业综合行政执法大队', '农业技术推广中心'] },
  { name: '汨罗市水利局', attribute: '政府机关', offices: ['水政监察大队', '防汛抗旱事务中心'] },
  { name: '汨罗市卫生健康局', attribute: '政府机关', offices: ['汨罗市人民医院', '汨罗市中医医院', '疾病预防控制中心', '卫生监督所'] },
  { name: '汨罗市民政局', attribute: '政府机关', offices: ['社会救助股', '婚姻登记处'] },
  { name: '汨罗市应急管理局', attribute: '政府机关', offices: ['安全生产执法大队'] },
  { name: '汨罗市审计局', attribute: '政府机关' },
  { name: '汨罗市统计局', attribute: '政府机关' },
  { name: '汨罗市林业局', attribute: '政府机关', offices: ['森林资源监测站'] },
  { name: '汨罗市文化旅游广电体育局', attribute: '政府机关', offices: ['屈原纪念馆', '文化市场综合执法大队'] },
  { name: '汨罗市商务局', attribute: '政府机关' },
  { name: '汨罗市退役军人事务局', attribute: '政府机关' },
  { name: '汨罗市医疗保障局', attribute: '政府机关' },
  { name: '汨罗市城市管理和综合执法局', attribute: '政府机关', offices: ['城管执法大队', '环境卫生服务中心'] },
  { name: '汨罗市人民政府办公室', attribute: '政府机关' },
  { name: '汨罗市人民法院', attribute: '审判机关', offices: ['立案庭', '刑事审判庭', '民事审判庭', '行政审判庭', '执行局'] },
  { name: '汨罗市人民检察院', attribute: '检察机关', offices: ['第一检察部', '第二检察部', '第三检察部'] },
  { name: '中共汨罗市委办公室', attribute: '党委机关' },
  { name: '中共汨罗市委组织部', attribute: '党委机关' },
  { name: '中共汨罗市委宣传部', attribute: '党委机关' },
  { name: '中共汨罗市委统战部', attribute: '党委机关' },
  { name: '中共汨罗市委政法委员会', attribute: '党委机关' },
  { name: '汨罗市纪委监委', attribute: '监察机关' },
  { name: '汨罗市人大常委会办公室', attribute: '人大机关' },
  { name: '政协汨罗市委员会办公室', attribute: '政协机关' },
  { name: '汨罗市总工会', attribute: '群团机关' },
  { name: '共青团汨罗市委', attribute: '群团机关' },
  { name: '汨罗市妇女联合会', attribute: '群团机关' },
  { name: '汨罗市工商业联合会', attribute: '民主党派和工商联机关' },
  ...TOWNS.map((name) => ({ name, attribute: '镇（街道）', town: true })),
];

/** Offices most units have. */
export const GENERIC_OFFICES = [
  '办公室', '法制股', '人事股', '财务股', '政策法规股', '行政审批服务股', '综合股', '督查室',
  '信访室', '机关党委', '后勤服务中心', '档案室', '宣传股', '规划股', '安全股', '监督股',
];

/** Offices of a town (镇), used before its villages and communities. */
export const TOWN_OFFICES = [
  '党政综合办公室', '经济发展办公室', '社会事务办公室', '综治中心', '财政所', '农业综合服务中心',
  '退役军人服务站', '便民服务中心', '应急管理办公室', '自然资源所',
];

/** Sections under an office (三级). */
export const SECTIONS = ['综合组', '业务一组', '业务二组', '业务三组', '内勤组', '外勤组', '督办组', '服务组', '审核组', '档案组'];

/** Common surnames in Hunan, most frequent first (weights halve down the list roughly). */
export const SURNAMES = [
  '李', '刘', '陈', '张', '王', '周', '罗', '彭', '杨', '黄', '易', '许', '任', '黎', '屈', '钟', '廖', '谢',
  '邓', '唐', '胡', '曾', '余', '何', '徐', '蒋', '毛', '汤', '范', '喻', '吴', '赵', '朱', '郭', '宋', '熊',
  '欧阳', '司马', '夏', '田', '袁', '龙', '贺', '戴', '付', '肖', '文', '姚',
];

export const MALE_CHARS = [
  '伟', '强', '军', '勇', '杰', '涛', '斌', '波', '明', '辉', '刚', '平', '建', '国', '华', '文', '志', '鹏', '飞',
  '俊', '磊', '超', '亮', '峰', '林', '宇', '浩', '凯', '健', '海', '锋', '东', '兵', '新', '春', '卫', '湘', '岳',
];

export const FEMALE_CHARS = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '红', '英', '梅', '琴', '兰', '慧', '萍', '颖',
  '洁', '雪', '倩', '琳', '珍', '莉', '蓉', '凤', '云', '佳', '晶', '欣', '湘', '秀', '春', '露', '丹', '阳', '岚',
];

/** Area codes (岳阳 and 长沙 districts, 汨罗 most of all) with their weights. */
export const AREA_CODES: [string, number][] = [
  ['430681', 70], ['430602', 6], ['430603', 3], ['430611', 2], ['430621', 4], ['430623', 2],
  ['430624', 4], ['430626', 4], ['430682', 2], ['430102', 1], ['430105', 1], ['430111', 1],
];

export const PHONE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '173', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '199',
];

export const POSTS = ['科员', '副股长', '股长', '副主任', '主任', '副所长', '所长', '干事', '副局长', '中队长', '教师', '主办', ''];

/** Relative weights of the default ranks in a county roster; ranks not listed weigh 1. */
export const RANK_WEIGHTS: Record<string, number> = {
  厅局级正职: 0.05,
  厅局级副职: 0.1,
  一级巡视员: 0.05,
  二级巡视员: 0.1,
  县处级正职: 3,
  县处级副职: 8,
  一级调研员: 2,
  二级调研员: 3,
  三级调研员: 4,
  四级调研员: 6,
  乡科级正职: 30,
  乡科级副职: 40,
  一级主任科员: 40,
  二级主任科员: 50,
  三级主任科员: 60,
  四级主任科员: 70,
  一级科员: 120,
  二级科员: 40,
  办事员: 10,
  其他: 5,
};

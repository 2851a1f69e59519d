import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** [name, slug, administrative region code (first 6 digits of project codes), a few 街道]. */
export type District = readonly [string, string, string, readonly string[]];

export const DISTRICTS: readonly District[] = [
  ['东城区', 'dongcheng', '110101', ['东华门', '景山', '交道口', '安定门', '北新桥', '东四', '朝阳门', '建国门', '东直门', '和平里', '前门', '天坛']],
  ['西城区', 'xicheng', '110102', ['西长安街', '新街口', '月坛', '展览路', '德胜', '金融街', '什刹海', '大栅栏', '天桥', '陶然亭', '牛街', '白纸坊']],
  ['朝阳区', 'chaoyang', '110105', ['建外', '朝外', '呼家楼', '三里屯', '左家庄', '亚运村', '酒仙桥', '团结湖', '双井', '劲松', '潘家园', '望京']],
  ['丰台区', 'fengtai', '110106', ['右安门', '太平桥', '西罗园', '大红门', '南苑', '东高地', '卢沟桥', '新村', '方庄', '宛平']],
  ['石景山区', 'shijingshan', '110107', ['八宝山', '老山', '八角', '古城', '苹果园', '金顶街', '广宁', '五里坨', '鲁谷']],
  ['海淀区', 'haidian', '110108', ['万寿路', '羊坊店', '甘家口', '紫竹院', '北下关', '学院路', '中关村', '清河', '上地', '马连洼', '香山', '西三旗']],
  ['门头沟区', 'mentougou', '110109', ['大峪', '城子', '东辛房', '大台', '龙泉', '永定']],
  ['房山区', 'fangshan', '110111', ['城关', '新镇', '向阳', '东风', '迎风', '星城', '拱辰', '西潞']],
  ['通州区', 'tongzhou', '110112', ['中仓', '新华', '北苑', '玉桥', '潞源', '通运', '文景', '九棵树']],
  ['顺义区', 'shunyi', '110113', ['胜利', '光明', '石园', '空港', '双丰', '旺泉']],
  ['昌平区', 'changping', '110114', ['城北', '城南', '天通苑北', '天通苑南', '霍营', '回龙观', '龙泽园', '史各庄']],
  ['大兴区', 'daxing', '110115', ['兴丰', '林校路', '清源', '观音寺', '天宫院', '高米店', '亦庄', '黄村']],
  ['怀柔区', 'huairou', '110116', ['泉河', '龙山']],
  ['平谷区', 'pinggu', '110117', ['滨河', '兴谷']],
  ['密云区', 'miyun', '110118', ['鼓楼', '果园']],
  ['延庆区', 'yanqing', '110119', ['百泉', '香水园', '儒林']],
];

/** Municipal units: [unit name after 北京市, its 部门 (printed in 收入总表)]. */
export const MUNICIPAL_UNITS: readonly (readonly [string, string])[] = [
  ['市民热线服务中心', '政务服务管理局'], ['政务服务中心', '政务服务管理局'], ['大数据中心', '经济和信息化局'],
  ['公共资源交易中心', '政务服务管理局'], ['城市管理指挥中心', '城市管理委员会'], ['档案馆', '档案局'],
  ['信息资源管理中心', '经济和信息化局'], ['城市运行管理服务中心', '城市管理委员会'], ['应急指挥保障中心', '应急管理局'],
  ['法律援助中心', '司法局'], ['社会保险基金管理中心', '人力资源和社会保障局'], ['住房公积金管理中心', '住房和城乡建设委员会'],
  ['市政府门户网站管理中心', '政务服务管理局'], ['数字政府运营中心', '政务服务和数据管理局'], ['接诉即办研究中心', '政务服务管理局'],
  ['网络与信息安全应急中心', '经济和信息化局'], ['公共安全视频监控管理中心', '公安局'], ['城市照明管理中心', '城市管理委员会'],
];

/** District-level units: [unit name after 北京市XX区, its 部门]. */
export const DISTRICT_UNITS: readonly (readonly [string, string])[] = [
  ['城市管理指挥中心', '城市管理委员会'], ['市民热线服务中心', '政务服务管理局'], ['政务服务中心', '政务服务管理局'],
  ['网格化服务管理中心', '城市管理委员会'], ['大数据中心', '政务服务和数据管理局'], ['城市管理综合行政执法监察局', '城市管理委员会'],
  ['接诉即办工作中心', '人民政府办公室'], ['档案馆', '档案局'], ['应急管理事务中心', '应急管理局'],
  ['公共资源交易中心', '政务服务管理局'], ['社会治理服务中心', '委社会工作部'], ['融媒体中心', '委宣传部'],
];

/** Street offices make the department pool large enough for 10,000-document corpora. */
export const STREET_UNITS: readonly (readonly [string, string])[] = [
  ['街道办事处', '人民政府'], ['街道市民服务中心', '人民政府'], ['街道综合执法队', '城市管理综合行政执法局'],
];

export const SURNAMES: string = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
export const GIVEN: string = '晓志海军欣波明华建国丽娜静伟磊洋勇艳杰涛超秀英斌浩宇鹏翰林蕊芸仲一文博雪梅红霞平刚辉峰颖琳婷';

export interface Indicator {
  readonly l1: string;
  readonly l2: string;
  readonly l3: string;
  readonly op: string;
  readonly value: string;
  readonly unit: string;
}

export interface Vocab {
  readonly names: readonly string[];
  readonly goals: readonly string[];
  readonly indicators: readonly Indicator[];
}

let cached: Vocab | undefined;

/** Phrases come from the seeds (see vocab.txt) so full-text search sees realistic Chinese text. */
export function vocab(): Vocab {
  if (cached) return cached;
  const text: string = readFileSync(fileURLToPath(new URL('./vocab.txt', import.meta.url)), 'utf8');
  const sections: Record<string, string[]> = {};
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    const header: RegExpMatchArray | null = line.match(/^\[(\w+)\]$/);
    if (header) sections[header[1] as string] = current = [];
    else current?.push(line);
  }
  const indicators: Indicator[] = (sections['indicators'] ?? []).map((line: string): Indicator => {
    const [l1 = '', l2 = '', l3 = '', op = '', value = '', unit = ''] = line.split('|');
    return { l1, l2, l3, op, value, unit };
  });
  cached = { names: sections['names'] ?? [], goals: sections['goals'] ?? [], indicators };
  if (cached.names.length === 0 || cached.goals.length === 0 || indicators.length === 0) {
    throw new Error('scripts/synth/vocab.txt is missing a section');
  }
  return cached;
}

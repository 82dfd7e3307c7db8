import { IndustryShareRule, ProvinceAllocation } from './shanxi-2023.schema.ts';

/**
 * 晋乡振发〔2023〕8号, 附件「2023年省级财政衔接推进乡村振兴补助资金计划表」, transcribed row by row
 * in the seed's order. Unit 万元. `health` is the column 其中：健康乡村示范创建, '0' where the seed
 * leaves the cell blank; `category` is the 备注 column. `name` drops the layout spaces of the
 * printed table (盂 县 → 盂县); `seedName` keeps the print.
 *
 * The seed has 104 county-level rows (46 重点帮扶县, 37 整体推进县, 21 先行示范县) plus
 * 五台山风景名胜区管委会, 105 rows in all. Validated by zod when the module loads.
 */
export const shanxi2023: ProvinceAllocation = ProvinceAllocation.parse({
  documentNumber: '晋乡振发〔2023〕8号',
  issuer: '山西省乡村振兴局',
  title: '山西省乡村振兴局关于下达2023年省级财政衔接推进乡村振兴补助资金计划的通知',
  attachmentTitle: '2023年省级财政衔接推进乡村振兴补助资金计划表',
  year: 2023,
  unit: '万元',
  columns: { amount: '金额', health: '其中：健康乡村示范创建', category: '备注' },
  // 全省合计
  total: { amount: '172220', health: '14000' },
  // biome-ignore format: one line per row of the seed's table, to read side by side with it
  cities: [
    {
      name: '太原市',
      seedName: '太原市小计',
      subtotal: { amount: '4659', health: '1000' },
      counties: [
        { name: '娄烦县', seedName: '娄烦县', kind: 'county', amount: '3458', health: '1000', category: '重点帮扶县' },
        { name: '阳曲县', seedName: '阳曲县', kind: 'county', amount: '1201', health: '0', category: '整体推进县' },
      ],
    },
    {
      name: '大同市',
      seedName: '大同市小计',
      subtotal: { amount: '20095', health: '3000' },
      counties: [
        { name: '阳高县', seedName: '阳高县', kind: 'county', amount: '3435', health: '1000', category: '重点帮扶县' },
        { name: '天镇县', seedName: '天镇县', kind: 'county', amount: '2328', health: '0', category: '重点帮扶县' },
        { name: '广灵县', seedName: '广灵县', kind: 'county', amount: '2264', health: '0', category: '重点帮扶县' },
        { name: '灵丘县', seedName: '灵丘县', kind: 'county', amount: '2201', health: '0', category: '重点帮扶县' },
        { name: '浑源县', seedName: '浑源县', kind: 'county', amount: '3462', health: '1000', category: '重点帮扶县' },
        { name: '云州区', seedName: '云州区', kind: 'county', amount: '3937', health: '1000', category: '重点帮扶县' },
        { name: '左云县', seedName: '左云县', kind: 'county', amount: '467', health: '0', category: '整体推进县' },
        { name: '新荣区', seedName: '新荣区', kind: 'county', amount: '1683', health: '0', category: '整体推进县' },
        { name: '云冈区', seedName: '云冈区', kind: 'county', amount: '318', health: '0', category: '先行示范县' },
      ],
    },
    {
      name: '阳泉市',
      seedName: '阳泉市小计',
      subtotal: { amount: '3636', health: '1000' },
      counties: [
        { name: '盂县', seedName: '盂 县', kind: 'county', amount: '2012', health: '1000', category: '重点帮扶县' },
        { name: '平定县', seedName: '平定县', kind: 'county', amount: '861', health: '0', category: '整体推进县' },
        { name: '阳泉郊区', seedName: '阳泉郊区', kind: 'county', amount: '763', health: '0', category: '先行示范县' },
      ],
    },
    {
      name: '长治市',
      seedName: '长治市小计',
      subtotal: { amount: '15606', health: '1000' },
      counties: [
        { name: '壶关县', seedName: '壶关县', kind: 'county', amount: '3311', health: '0', category: '重点帮扶县' },
        { name: '平顺县', seedName: '平顺县', kind: 'county', amount: '2750', health: '0', category: '重点帮扶县' },
        { name: '武乡县', seedName: '武乡县', kind: 'county', amount: '3327', health: '1000', category: '重点帮扶县' },
        { name: '沁县', seedName: '沁 县', kind: 'county', amount: '2025', health: '0', category: '重点帮扶县' },
        { name: '黎城县', seedName: '黎城县', kind: 'county', amount: '1135', health: '0', category: '重点帮扶县' },
        { name: '沁源县', seedName: '沁源县', kind: 'county', amount: '504', health: '0', category: '整体推进县' },
        { name: '潞城区', seedName: '潞城区', kind: 'county', amount: '429', health: '0', category: '整体推进县' },
        { name: '长子县', seedName: '长子县', kind: 'county', amount: '971', health: '0', category: '整体推进县' },
        { name: '屯留区', seedName: '屯留区', kind: 'county', amount: '397', health: '0', category: '整体推进县' },
        { name: '襄垣县', seedName: '襄垣县', kind: 'county', amount: '339', health: '0', category: '先行示范县' },
        { name: '上党区', seedName: '上党区', kind: 'county', amount: '418', health: '0', category: '先行示范县' },
      ],
    },
    {
      name: '晋城市',
      seedName: '晋城市小计',
      subtotal: { amount: '8667', health: '1000' },
      counties: [
        { name: '陵川县', seedName: '陵川县', kind: 'county', amount: '4446', health: '1000', category: '重点帮扶县' },
        { name: '沁水县', seedName: '沁水县', kind: 'county', amount: '941', health: '0', category: '整体推进县' },
        { name: '泽州县', seedName: '泽州县', kind: 'county', amount: '886', health: '0', category: '先行示范县' },
        { name: '高平市', seedName: '高平市', kind: 'county', amount: '881', health: '0', category: '先行示范县' },
        { name: '阳城县', seedName: '阳城县', kind: 'county', amount: '913', health: '0', category: '先行示范县' },
        { name: '晋城城区', seedName: '晋城城区', kind: 'county', amount: '600', health: '0', category: '先行示范县' },
      ],
    },
    {
      name: '朔州市',
      seedName: '朔州市小计',
      subtotal: { amount: '6321', health: '1000' },
      counties: [
        { name: '右玉县', seedName: '右玉县', kind: 'county', amount: '1688', health: '0', category: '重点帮扶县' },
        { name: '应县', seedName: '应 县', kind: 'county', amount: '2432', health: '1000', category: '重点帮扶县' },
        { name: '山阴县', seedName: '山阴县', kind: 'county', amount: '559', health: '0', category: '整体推进县' },
        { name: '平鲁区', seedName: '平鲁区', kind: 'county', amount: '975', health: '0', category: '整体推进县' },
        { name: '朔城区', seedName: '朔城区', kind: 'county', amount: '377', health: '0', category: '先行示范县' },
        { name: '怀仁市', seedName: '怀仁市', kind: 'county', amount: '290', health: '0', category: '先行示范县' },
      ],
    },
    {
      name: '晋中市',
      seedName: '晋中市小计',
      subtotal: { amount: '16926', health: '1000' },
      counties: [
        { name: '左权县', seedName: '左权县', kind: 'county', amount: '5392', health: '1000', category: '重点帮扶县' },
        { name: '和顺县', seedName: '和顺县', kind: 'county', amount: '2399', health: '0', category: '重点帮扶县' },
        { name: '昔阳县', seedName: '昔阳县', kind: 'county', amount: '1666', health: '0', category: '重点帮扶县' },
        { name: '榆社县', seedName: '榆社县', kind: 'county', amount: '2435', health: '0', category: '重点帮扶县' },
        { name: '平遥县', seedName: '平遥县', kind: 'county', amount: '706', health: '0', category: '整体推进县' },
        { name: '寿阳县', seedName: '寿阳县', kind: 'county', amount: '927', health: '0', category: '整体推进县' },
        { name: '灵石县', seedName: '灵石县', kind: 'county', amount: '464', health: '0', category: '整体推进县' },
        { name: '祁县', seedName: '祁 县', kind: 'county', amount: '820', health: '0', category: '整体推进县' },
        { name: '太谷区', seedName: '太谷区', kind: 'county', amount: '1217', health: '0', category: '先行示范县' },
        { name: '榆次区', seedName: '榆次区', kind: 'county', amount: '900', health: '0', category: '先行示范县' },
      ],
    },
    {
      name: '运城市',
      seedName: '运城市小计',
      subtotal: { amount: '15232', health: '1000' },
      counties: [
        { name: '平陆县', seedName: '平陆县', kind: 'county', amount: '2375', health: '0', category: '重点帮扶县' },
        { name: '垣曲县', seedName: '垣曲县', kind: 'county', amount: '2674', health: '1000', category: '重点帮扶县' },
        { name: '绛县', seedName: '绛 县', kind: 'county', amount: '1312', health: '0', category: '重点帮扶县' },
        { name: '闻喜县', seedName: '闻喜县', kind: 'county', amount: '1028', health: '0', category: '整体推进县' },
        { name: '夏县', seedName: '夏 县', kind: 'county', amount: '1168', health: '0', category: '整体推进县' },
        { name: '万荣县', seedName: '万荣县', kind: 'county', amount: '1346', health: '0', category: '整体推进县' },
        { name: '临猗县', seedName: '临猗县', kind: 'county', amount: '1903', health: '0', category: '整体推进县' },
        { name: '永济市', seedName: '永济市', kind: 'county', amount: '526', health: '0', category: '整体推进县' },
        { name: '新绛县', seedName: '新绛县', kind: 'county', amount: '652', health: '0', category: '整体推进县' },
        { name: '稷山县', seedName: '稷山县', kind: 'county', amount: '559', health: '0', category: '整体推进县' },
        { name: '芮城县', seedName: '芮城县', kind: 'county', amount: '662', health: '0', category: '整体推进县' },
        { name: '河津市', seedName: '河津市', kind: 'county', amount: '451', health: '0', category: '先行示范县' },
        { name: '盐湖区', seedName: '盐湖区', kind: 'county', amount: '576', health: '0', category: '先行示范县' },
      ],
    },
    {
      name: '忻州市',
      seedName: '忻州市小计',
      subtotal: { amount: '29950', health: '1000' },
      counties: [
        { name: '五台县', seedName: '五台县', kind: 'county', amount: '2658', health: '0', category: '重点帮扶县' },
        { name: '繁峙县', seedName: '繁峙县', kind: 'county', amount: '2553', health: '0', category: '重点帮扶县' },
        { name: '静乐县', seedName: '静乐县', kind: 'county', amount: '2425', health: '0', category: '重点帮扶县' },
        { name: '神池县', seedName: '神池县', kind: 'county', amount: '1975', health: '0', category: '重点帮扶县' },
        { name: '五寨县', seedName: '五寨县', kind: 'county', amount: '2356', health: '0', category: '重点帮扶县' },
        { name: '岢岚县', seedName: '岢岚县', kind: 'county', amount: '2872', health: '0', category: '重点帮扶县' },
        { name: '宁武县', seedName: '宁武县', kind: 'county', amount: '3627', health: '1000', category: '重点帮扶县' },
        { name: '代县', seedName: '代 县', kind: 'county', amount: '2520', health: '0', category: '重点帮扶县' },
        { name: '河曲县', seedName: '河曲县', kind: 'county', amount: '1882', health: '0', category: '重点帮扶县' },
        { name: '偏关县', seedName: '偏关县', kind: 'county', amount: '1972', health: '0', category: '重点帮扶县' },
        { name: '保德县', seedName: '保德县', kind: 'county', amount: '2073', health: '0', category: '重点帮扶县' },
        { name: '定襄县', seedName: '定襄县', kind: 'county', amount: '789', health: '0', category: '整体推进县' },
        { name: '原平市', seedName: '原平市', kind: 'county', amount: '738', health: '0', category: '先行示范县' },
        { name: '忻府区', seedName: '忻府区', kind: 'county', amount: '777', health: '0', category: '先行示范县' },
        { name: '五台山风景名胜区管委会', seedName: '五台山风景 名胜区管委会', kind: 'committee', amount: '733', health: '0', category: null },
      ],
    },
    {
      name: '临汾市',
      seedName: '临汾市小计',
      subtotal: { amount: '26771', health: '2000' },
      counties: [
        { name: '吉县', seedName: '吉 县', kind: 'county', amount: '2367', health: '0', category: '重点帮扶县' },
        { name: '隰县', seedName: '隰 县', kind: 'county', amount: '2357', health: '0', category: '重点帮扶县' },
        { name: '大宁县', seedName: '大宁县', kind: 'county', amount: '4030', health: '1000', category: '重点帮扶县' },
        { name: '永和县', seedName: '永和县', kind: 'county', amount: '4000', health: '1000', category: '重点帮扶县' },
        { name: '汾西县', seedName: '汾西县', kind: 'county', amount: '3447', health: '0', category: '重点帮扶县' },
        { name: '浮山县', seedName: '浮山县', kind: 'county', amount: '1379', health: '0', category: '重点帮扶县' },
        { name: '安泽县', seedName: '安泽县', kind: 'county', amount: '728', health: '0', category: '整体推进县' },
        { name: '古县', seedName: '古 县', kind: 'county', amount: '787', health: '0', category: '整体推进县' },
        { name: '乡宁县', seedName: '乡宁县', kind: 'county', amount: '1539', health: '0', category: '整体推进县' },
        { name: '蒲县', seedName: '蒲 县', kind: 'county', amount: '1207', health: '0', category: '整体推进县' },
        { name: '翼城县', seedName: '翼城县', kind: 'county', amount: '501', health: '0', category: '整体推进县' },
        { name: '洪洞县', seedName: '洪洞县', kind: 'county', amount: '565', health: '0', category: '整体推进县' },
        { name: '霍州市', seedName: '霍州市', kind: 'county', amount: '791', health: '0', category: '整体推进县' },
        { name: '襄汾县', seedName: '襄汾县', kind: 'county', amount: '1113', health: '0', category: '整体推进县' },
        { name: '曲沃县', seedName: '曲沃县', kind: 'county', amount: '1172', health: '0', category: '先行示范县' },
        { name: '侯马市', seedName: '侯马市', kind: 'county', amount: '327', health: '0', category: '先行示范县' },
        { name: '尧都区', seedName: '尧都区', kind: 'county', amount: '461', health: '0', category: '先行示范县' },
      ],
    },
    {
      name: '吕梁市',
      seedName: '吕梁市小计',
      subtotal: { amount: '24357', health: '1000' },
      counties: [
        { name: '临县', seedName: '临 县', kind: 'county', amount: '506', health: '0', category: '重点帮扶县' },
        { name: '兴县', seedName: '兴 县', kind: 'county', amount: '3233', health: '0', category: '重点帮扶县' },
        { name: '石楼县', seedName: '石楼县', kind: 'county', amount: '2928', health: '0', category: '重点帮扶县' },
        { name: '岚县', seedName: '岚 县', kind: 'county', amount: '5460', health: '1000', category: '重点帮扶县' },
        { name: '方山县', seedName: '方山县', kind: 'county', amount: '3030', health: '0', category: '重点帮扶县' },
        { name: '中阳县', seedName: '中阳县', kind: 'county', amount: '2084', health: '0', category: '重点帮扶县' },
        { name: '柳林县', seedName: '柳林县', kind: 'county', amount: '1421', health: '0', category: '整体推进县' },
        { name: '交城县', seedName: '交城县', kind: 'county', amount: '964', health: '0', category: '整体推进县' },
        { name: '交口县', seedName: '交口县', kind: 'county', amount: '1005', health: '0', category: '整体推进县' },
        { name: '文水县', seedName: '文水县', kind: 'county', amount: '545', health: '0', category: '整体推进县' },
        { name: '汾阳市', seedName: '汾阳市', kind: 'county', amount: '1853', health: '0', category: '整体推进县' },
        { name: '离石区', seedName: '离石区', kind: 'county', amount: '953', health: '0', category: '先行示范县' },
        { name: '孝义市', seedName: '孝义市', kind: 'county', amount: '375', health: '0', category: '先行示范县' },
      ],
    },
  ],
});

/**
 * 晋乡振发〔2023〕8号 三(三) 加大产业支持: the industry share of the funds a county receives is
 * 原则上 not below 60%, and not below its 2022 share. 不低于 includes the number: exactly 60% passes.
 */
export const shanxi2023IndustryShareRule: IndustryShareRule = IndustryShareRule.parse({
  source: '晋乡振发〔2023〕8号',
  clause: '三(三)',
  quote:
    '继续将产业发展作为支持重点，2023年用于产业发展的资金规模占比原则上不得低于下达你县资金总规模的60%，且不得低于2022年用于产业发展的占比。',
  minSharePercent: '60',
  notBelowLastYear: true,
});

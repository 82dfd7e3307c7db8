import { useMessages } from '../i18n/i18n.tsx';

/** The worksheet's texts for filing it (loaded with its chunk): ids, 制表人, the serial number. */
export const worksheetMessages = {
  'ws.idNumber': { zh: '身份证号', en: 'ID number' },
  'ws.account': { zh: '“一卡通”账号', en: 'One-Card account' },
  'ws.serial': { zh: '编号', en: 'No.' },
  'ws.preparer': { zh: '制表人', en: 'Prepared by' },
  'ws.preparerLine': { zh: '制表人：{name}', en: 'Prepared by: {name}' },
  'ws.applicantSign': { zh: '申请人签字（按手印）', en: 'Applicant’s signature (or fingerprint)' },
  'ws.promise': {
    zh: '本人对以上所填情况的真实性负责。',
    en: 'I answer for the truth of the above.',
  },
  'ws.unsaved': {
    zh: '未保存到台账：编号、身份证号和账号请手写。',
    en: 'Not saved to the register: write the number, ID and account by hand.',
  },
  'ws.noName': {
    zh: '还没有填写{what}，打印出来的表无法归档。仍要打印吗？',
    en: 'The {what} is missing: the printed sheet cannot be filed. Print anyway?',
  },
  'ws.noNameApplicant': { zh: '申请人姓名', en: 'applicant’s name' },
  'ws.noNamePreparer': { zh: '制表人', en: 'preparer’s name' },
  'ws.and': { zh: '和', en: ' and the ' },
  'ws.printAnyway': { zh: '仍然打印', en: 'Print anyway' },
  'ws.cancel': { zh: '返回填写', en: 'Go back and fill in' },
} as const;

export function useWorksheetMessages() {
  return useMessages(worksheetMessages);
}

// The evaluation sets, how each was written and how it has been used. A SEALED set is never printed (eval.ts --errors
// skips it) and never read while tuning; its figures are the estimate of what the classifier does on new text.
import { CORPUS_FILES } from './corpus-io'
import { situationOf, situationOfTest2, situationOfTest3 } from './urgent-eval'

export interface EvalSetSpec {
  file: string
  title: string
  sealed: boolean
  /** Printed before a sealed set's figures. */
  banner?: string
  /** Urgent-only sets: the category labels are not the point (a missing one reads as 'other'). */
  urgentOnly?: boolean
  /** Urgent-only sets with a known id layout: urgent P/R per situation. */
  situationOf?: (id: string) => string | undefined
}

const NEVER_USED = '从未打开、从未用于调参 / NEVER opened or used for tuning'

export const EVAL_SET_SPECS = {
  generated: {
    file: CORPUS_FILES.heldout,
    title: '生成留出集 generated held-out (unseen phrasings/templates)',
    sealed: false,
  },
  handwritten: {
    file: CORPUS_FILES.handwritten,
    title: '手写留出集 hand-written held-out (written before the generator)',
    sealed: false,
  },
  'blind-dev': {
    file: CORPUS_FILES.blindDev,
    title: '盲写开发集 blind-dev (independent writer; read to study errors and choose methods)',
    sealed: false,
  },
  'urgent-dev': {
    file: CORPUS_FILES.urgentDev,
    title: '紧急开发集 urgent-dev (independent writer, urgent situations + decoys; read to study misses)',
    sealed: false,
    urgentOnly: true,
    situationOf,
  },
  // Round 6: each measured sealed, then studied (the figures before are in the README).
  'urgent-test2': {
    file: CORPUS_FILES.urgentTest2,
    title: '紧急开发集二 urgent-test2 (round 6, independent writer, 120 urgent + 80 decoys; measured once sealed, then studied)',
    sealed: false,
    urgentOnly: true,
    situationOf: situationOfTest2,
  },
  'urgent-test3': {
    file: CORPUS_FILES.urgentTest3,
    title: '紧急开发集三 urgent-test3 (round 6, independent writer, 160 urgent + 80 decoys; measured sealed twice, then studied)',
    sealed: false,
    urgentOnly: true,
    situationOf: situationOfTest3,
  },
  'urgent-test4': {
    file: CORPUS_FILES.urgentTest4,
    title: '紧急开发集四 urgent-test4 (round 6, independent writer, 160 urgent + 80 decoys; measured sealed twice, then studied)',
    sealed: false,
    urgentOnly: true,
    situationOf: situationOfTest3,
  },
  // Round 7: immediate physical hazards (falling from a height, ground giving way, water through a ceiling).
  'urgent-dev-hazards': {
    file: CORPUS_FILES.urgentDevHazards,
    title: '紧急开发集·险情 urgent-dev-hazards (round 7, hazards + other urgent + decoys; read to study misses)',
    sealed: false,
    urgentOnly: true,
  },
  // Round 8: a new independent writer's dev set, measured once before it was read, then studied.
  'urgent-dev9': {
    file: CORPUS_FILES.urgentDev9,
    title: '紧急开发集九 urgent-dev9 (round 8, a writer who never saw the corpus: 160 urgent + 80 decoys; measured first, then studied)',
    sealed: false,
    urgentOnly: true,
  },
  // Round 9: another new independent writer's dev set, measured once before it was read, then studied.
  'urgent-dev10': {
    file: CORPUS_FILES.urgentDev10,
    title: '紧急开发集十 urgent-dev10 (round 9, a writer who saw only TAXONOMY.md and the seed: 160 urgent + 80 decoys; measured first, then studied)',
    sealed: false,
    urgentOnly: true,
  },
  // Round 10: measured sealed once after round 9 (P 0.993 / R 0.894), then studied.
  'urgent-test10': {
    file: CORPUS_FILES.urgentTest10,
    title: '紧急开发集·测十 urgent-test10 (a writer who saw only TAXONOMY.md and the seed: 160 urgent + 80 decoys; measured sealed once after round 9: P 0.993 / R 0.894; studied since round 10)',
    sealed: false,
    urgentOnly: true,
  },
  // Round 11: a new independent writer's dev set, measured untouched with the round-10 system (P 0.985 / R 0.825), then studied.
  'urgent-dev11': {
    file: CORPUS_FILES.urgentDev11,
    title: '紧急开发集十一 urgent-dev11 (round 11, a new independent writer: 160 urgent + 80 decoys; measured untouched with the round-10 system: P 0.985 / R 0.825; then studied)',
    sealed: false,
    urgentOnly: true,
  },
  // Round 11: measured sealed once after round 10 (P 0.972 / R 0.869), then studied.
  'urgent-test11': {
    file: CORPUS_FILES.urgentTest11,
    title: '紧急开发集·测十一 urgent-test11 (a writer who saw only TAXONOMY.md and the seed: 160 urgent — hazards, people in danger, other emergencies — + 80 decoys; measured sealed once after round 10: P 0.972 / R 0.869; then studied in round 11)',
    sealed: false,
    urgentOnly: true,
  },
  // Round 12: measured sealed once after round 11 (P 0.973 / R 0.900), then studied.
  'urgent-test12': {
    file: CORPUS_FILES.urgentTest12,
    title: '紧急开发集·测十二 urgent-test12 (a writer who saw only TAXONOMY.md and the seed: 160 urgent — about 70 hazards, 60 people in danger, 30 other emergencies — + 80 decoys; measured sealed once after round 11: P 0.973 / R 0.900; then studied in round 12)',
    sealed: false,
    urgentOnly: true,
  },
  // Round 12: measured sealed once after round 11 (P 0.979 / R 0.881), then studied.
  'urgent-test13': {
    file: CORPUS_FILES.urgentTest13,
    title: '紧急开发集·测十三 urgent-test13 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scenario, + 80 decoys; measured sealed once after round 11: P 0.979 / R 0.881; then studied in round 12)',
    sealed: false,
    urgentOnly: true,
  },
  // Round 12: measured sealed once after round 11 (macro-F1 0.928, urgent P 0.833 / R 1.000), then studied.
  'blind-test3': {
    file: CORPUS_FILES.blindTest3,
    title: '盲写开发集三 blind-test3 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 30 per category, 30 of them urgent, five voices incl. hotline notes; measured sealed once after round 11: macro-F1 0.928, urgent P 0.833 / R 1.000; then studied in round 12)',
    sealed: false,
  },
  // Round 13: measured sealed once after round 12 (P 0.986 / R 0.912), then studied.
  'urgent-test14': {
    file: CORPUS_FILES.urgentTest14,
    title: '紧急开发集·测十四 urgent-test14 (a writer who saw only TAXONOMY.md and the seed: 160 urgent + 80 decoys; measured with the round-11 system: P 0.986 / R 0.881; measured sealed once after round 12: P 0.986 / R 0.912; then studied in round 13)',
    sealed: false,
    urgentOnly: true,
  },
  // Round 13: measured sealed once after round 12 (urgent P 0.725 / R 0.967, macro-F1 0.915), then studied.
  'blind-test4': {
    file: CORPUS_FILES.blindTest4,
    title: '盲写开发集四 blind-test4 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 30 of them urgent, about 40 ordinary ones on risky topics; measured with the round-11 system: urgent P 0.707 / R 0.967; measured sealed once after round 12: macro-F1 0.915, urgent P 0.725 / R 0.967; then studied in round 13)',
    sealed: false,
  },
  // Round 14: written during round 13 by two writers who saw only TAXONOMY.md and the seed, measured sealed once after it
  // (urgent-test15 P 0.966 / R 0.881; blind-test5 urgent P 0.763 / R 0.967, macro-F1 0.865), then studied.
  'urgent-test15': {
    file: CORPUS_FILES.urgentTest15,
    title: '紧急开发集·测十五 urgent-test15 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; measured sealed once after round 13: P 0.966 / R 0.881; then studied in round 14)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test5': {
    file: CORPUS_FILES.blindTest5,
    title: '盲写开发集五 blind-test5 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 30 urgent, ~45 ordinary ones on risky topics; measured sealed once after round 13: macro-F1 0.865, urgent P 0.763 / R 0.967; then studied in round 14)',
    sealed: false,
  },
  // Round 15: written during round 14 by two writers who saw only TAXONOMY.md and the seed, measured sealed once after it
  // (urgent-test16 P 0.980 / R 0.925; blind-test6 urgent P 0.833 / R 1.000, macro-F1 0.880), then studied.
  'urgent-test16': {
    file: CORPUS_FILES.urgentTest16,
    title: '紧急开发集·测十六 urgent-test16 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; measured sealed once after round 14: P 0.980 / R 0.925; then studied in round 15)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test6': {
    file: CORPUS_FILES.blindTest6,
    title: '盲写开发集六 blind-test6 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 30 urgent, ~47 ordinary ones on risky topics; measured sealed once after round 14: macro-F1 0.880, urgent P 0.833 / R 1.000; then studied in round 15)',
    sealed: false,
  },
  // Round 16: written during round 15 by two writers who saw only TAXONOMY.md and the seed, measured sealed with round
  // 14's system and once after round 15 (urgent-test17 P 0.979 / R 0.894; blind-test7 urgent P 0.879 / R 0.967, macro-F1
  // 0.867), then studied.
  'urgent-test17': {
    file: CORPUS_FILES.urgentTest17,
    title: '紧急开发集·测十七 urgent-test17 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; measured sealed once after round 15: P 0.979 / R 0.894; then studied in round 16)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test7': {
    file: CORPUS_FILES.blindTest7,
    title: '盲写开发集七 blind-test7 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 30 urgent, ~55 ordinary ones on risky topics; measured sealed once after round 15: macro-F1 0.867, urgent P 0.879 / R 0.967; then studied in round 16)',
    sealed: false,
  },
  // Round 17: written during round 16 by two writers who saw only TAXONOMY.md and the seed, measured sealed with round
  // 15's system and once after round 16 (the same figures: urgent-test18 P 0.981 / R 0.944; blind-test8 urgent P 0.914 /
  // R 1.000, macro-F1 0.880), then studied.
  'urgent-test18': {
    file: CORPUS_FILES.urgentTest18,
    title: '紧急开发集·测十八 urgent-test18 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; measured sealed once after round 16: P 0.981 / R 0.944; then studied in round 17)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test8': {
    file: CORPUS_FILES.blindTest8,
    title: '盲写开发集八 blind-test8 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 32 urgent, ~50 ordinary ones on risky topics; measured sealed once after round 16: macro-F1 0.880, urgent P 0.914 / R 1.000; then studied in round 17)',
    sealed: false,
  },
  // Round 18: urgent-test19 and blind-test9, written during round 17 by two writers who saw only TAXONOMY.md and the seed,
  // measured sealed with round 16's system and once after round 17 (urgent-test19 P 0.994 / R 0.956 → 0.963; blind-test9
  // urgent P 0.882 → 0.909 / R 1.000, macro-F1 0.861), then studied.
  'urgent-test19': {
    file: CORPUS_FILES.urgentTest19,
    title: '紧急开发集·测十九 urgent-test19 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; measured sealed once after round 16 and once after round 17: P 0.994 / R 0.956 → 0.963; then studied in round 18)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test9': {
    file: CORPUS_FILES.blindTest9,
    title: '盲写开发集九 blind-test9 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 30 urgent, ~49 ordinary ones on risky topics; measured sealed once after round 16 and once after round 17: macro-F1 0.861, urgent P 0.882 → 0.909 / R 1.000; then studied in round 18)',
    sealed: false,
  },
  // Round 18: urgent-test20 and blind-test10, written during round 17 by two writers who saw only TAXONOMY.md and the
  // seed (a former night-shift 110/120 dispatcher; ten years a 社区 staff member), measured sealed once after round 17 by
  // the lead (urgent-test20 P 0.987 / R 0.944; blind-test10 urgent P 0.750 / R 0.909, macro-F1 0.909), then studied.
  'urgent-test20': {
    file: CORPUS_FILES.urgentTest20,
    title: '紧急开发集·测二十 urgent-test20 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; measured sealed once after round 17 (the lead): P 0.987 / R 0.944; then studied in round 18)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test10': {
    file: CORPUS_FILES.blindTest10,
    title: '盲写开发集十 blind-test10 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, 33 urgent, many ordinary ones in alarming words; measured sealed once after round 17 (the lead): macro-F1 0.909, urgent P 0.750 / R 0.909; then studied in round 18)',
    sealed: false,
  },
  // Round 19: urgent-test21 and blind-test11, written during round 18 by two writers who saw only TAXONOMY.md and the
  // seed (a retired 物业 foreman and 楼栋长; a former 12345 hotline operator and 网格员), measured sealed once with round 17's
  // system and once after round 18 by the lead (urgent-test21 P 0.961 / R 0.919 → 0.931; blind-test11 urgent P 0.838 →
  // 0.795 / R 1.000, macro-F1 0.817 → 0.815), then studied.
  'urgent-test21': {
    file: CORPUS_FILES.urgentTest21,
    title: '紧急开发集·测二十一 urgent-test21 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; measured sealed once with round 17\'s system and once after round 18 (the lead): P 0.961 / R 0.919 → 0.931; then studied in round 19)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test11': {
    file: CORPUS_FILES.blindTest11,
    title: '盲写开发集十一 blind-test11 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, 31 urgent, many ordinary ones told with alarming words; measured sealed once with round 17\'s system and once after round 18 (the lead): macro-F1 0.817 → 0.815, urgent P 0.838 → 0.795 / R 1.000; then studied in round 19)',
    sealed: false,
  },
  'blind-test': {
    file: CORPUS_FILES.blindTest,
    title: '盲写测试集 blind-test (independent writer; category figures never used for tuning; urgent flag: dev set since round 5)',
    sealed: true,
    banner: '盲测 blind-test：类别结果从未用于调参；紧急标记自第5轮起作为开发集 / category figures never used for tuning; urgent flag used as a dev set since round 5',
  },
  'urgent-test': {
    file: CORPUS_FILES.urgentTest,
    title: '紧急测试集 urgent-test (round 5, independent writer, 120 urgent + 80 decoys)',
    sealed: true,
    banner: `urgent-test：${NEVER_USED}`,
    urgentOnly: true,
  },
  'blind-test2': {
    file: CORPUS_FILES.blindTest2,
    title: '盲写测试集二 blind-test2 (round 6, new independent writer)',
    sealed: true,
    banner: `第6轮新盲测 blind-test2：${NEVER_USED}`,
  },
  'urgent-test5': {
    file: CORPUS_FILES.urgentTest5,
    title: '紧急测试集五 urgent-test5 (round 6b, another new writer, 160 urgent + 80 decoys)',
    sealed: true,
    banner: `第6轮新紧急测试 urgent-test5：${NEVER_USED}`,
    urgentOnly: true,
    situationOf: situationOfTest3,
  },
  'urgent-test6': {
    file: CORPUS_FILES.urgentTest6,
    title: '紧急测试集六 urgent-test6 (round 6c, another new writer, 160 urgent + 80 decoys)',
    sealed: true,
    banner: `第6轮新紧急测试 urgent-test6：${NEVER_USED}`,
    urgentOnly: true,
    situationOf: situationOfTest3,
  },
  'urgent-test7': {
    file: CORPUS_FILES.urgentTest7,
    title: '紧急测试集七 urgent-test7 (round 7, 60 hazards: overhead / ground / water from above, 30 other urgent, 59 decoys; its writer then wrote the round-7 rules: README)',
    sealed: true,
    banner: `第7轮险情紧急测试 urgent-test7：${NEVER_USED}`,
    urgentOnly: true,
  },
  'urgent-test8': {
    file: CORPUS_FILES.urgentTest8,
    title: '紧急测试集八 urgent-test8 (a writer who never saw the rules, the model or another set: 160 urgent, 77 of them physical hazards, + 80 decoys)',
    sealed: true,
    banner: `独立作者紧急测试 urgent-test8：${NEVER_USED}`,
    urgentOnly: true,
  },
  // Written after round 18 by two writers who saw only TAXONOMY.md and the seed; measured sealed once with round 18's system.
  'urgent-test22': {
    file: CORPUS_FILES.urgentTest22,
    title: '紧急测试集二十二 urgent-test22 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written after round 18, measured sealed once with it)',
    sealed: true,
    banner: `独立作者紧急测试 urgent-test22：${NEVER_USED}`,
    urgentOnly: true,
  },
  'blind-test12': {
    file: CORPUS_FILES.blindTest12,
    title: '盲写测试集十二 blind-test12 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, 30 urgent, many ordinary ones told with alarming words; written after round 18, measured sealed once with it)',
    sealed: true,
    banner: `第18轮后新盲测 blind-test12：${NEVER_USED}`,
  },
  // Written during round 19 by four writers who saw only TAXONOMY.md and the seed; measured sealed once with round 18's system
  // and once after round 19; studied in round 20 (README, Round 20).
  'urgent-test23': {
    file: CORPUS_FILES.urgentTest23,
    title: '紧急测试集二十三 urgent-test23 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 19, measured sealed once with round 18\'s system and once after round 19; then studied in round 20)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test13': {
    file: CORPUS_FILES.blindTest13,
    title: '盲写测试集十三 blind-test13 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 13 per category, 30 urgent, many ordinary ones told with alarming words; written during round 19, measured sealed once with round 18\'s system and once after round 19; then studied in round 20)',
    sealed: false,
  },
  'urgent-test24': {
    file: CORPUS_FILES.urgentTest24,
    title: '紧急测试集二十四 urgent-test24 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 19, measured sealed once with round 18\'s system and once after round 19; then studied in round 20)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test14': {
    file: CORPUS_FILES.blindTest14,
    title: '盲写测试集十四 blind-test14 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 14 per category, 30 urgent, many ordinary ones told with alarming words; written during round 19, measured sealed once with round 18\'s system and once after round 19; then studied in round 20)',
    sealed: false,
  },
  // Written during round 19 by two more writers who saw only TAXONOMY.md and the seed; measured sealed once, after round 19.
  'urgent-test25': {
    file: CORPUS_FILES.urgentTest25,
    title: '紧急测试集二十五 urgent-test25 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 19, measured sealed once after it)',
    sealed: true,
    banner: `独立作者紧急测试 urgent-test25：${NEVER_USED}`,
    urgentOnly: true,
  },
  'blind-test15': {
    file: CORPUS_FILES.blindTest15,
    title: '盲写测试集十五 blind-test15 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, 30 urgent, many ordinary ones told with alarming words; written during round 19, measured sealed once after it and once after round 20\'s first part; then studied in round 20)',
    sealed: false,
  },
  // Written during round 20 by four writers who saw only TAXONOMY.md and the seed; measured sealed once, after round 20.
  'urgent-test26': {
    file: CORPUS_FILES.urgentTest26,
    title: '紧急测试集二十六 urgent-test26 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 20, measured sealed once after its first part and once after its second; then studied in the round\'s third part)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test16': {
    file: CORPUS_FILES.blindTest16,
    title: '盲写测试集十六 blind-test16 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 13 per category, 30 urgent, many ordinary ones told with alarming words; written during round 20, measured sealed once after its first part; then studied in round 20)',
    sealed: false,
  },
  'blind-test17': {
    file: CORPUS_FILES.blindTest17,
    title: '盲写测试集十七 blind-test17 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, 30 urgent, many ordinary ones told with alarming words; written during round 20, measured sealed once after its first part and once after its second; then studied in the round\'s third part)',
    sealed: false,
  },
  'blind-test18': {
    file: CORPUS_FILES.blindTest18,
    title: '盲写测试集十八 blind-test18 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, 30 urgent, many ordinary ones told with alarming words; written during round 20, measured sealed once after its first part and once after its second; then studied in the round\'s third part)',
    sealed: false,
  },
  // Written during round 20 by three more writers who saw only TAXONOMY.md and the seed; measured sealed once, after it.
  'urgent-test27': {
    file: CORPUS_FILES.urgentTest27,
    title: '紧急测试集二十七 urgent-test27 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 20, measured sealed once after its second part and once after its third; then studied in its fourth)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test19': {
    file: CORPUS_FILES.blindTest19,
    title: '盲写测试集十九 blind-test19 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 16 per category, 30 urgent, many ordinary ones told with alarming words; written during round 20, measured sealed once after its second part and once after its third; then studied in its fourth)',
    sealed: false,
  },
  'blind-test20': {
    file: CORPUS_FILES.blindTest20,
    title: '盲写测试集二十 blind-test20 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 15 per category, 30 urgent, many ordinary ones told with alarming words; written during round 20, measured sealed once after its second part and once after its third; then studied in its fourth)',
    sealed: false,
  },
  // Written at the end of round 20 by three more writers who saw only TAXONOMY.md and the seed; measured sealed twice, then studied in round 21.
  'urgent-test28': {
    file: CORPUS_FILES.urgentTest28,
    title: '紧急测试集二十八 urgent-test28 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written at the end of round 20, measured sealed once after its third part and once after its fourth; then studied in round 21)',
    sealed: false,
    urgentOnly: true,
  },
  'blind-test21': {
    file: CORPUS_FILES.blindTest21,
    title: '盲写测试集二十一 blind-test21 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 13 per category, 30 urgent, many ordinary ones told with alarming words; written at the end of round 20, measured sealed once after its third part and once after its fourth; then studied in round 21)',
    sealed: false,
  },
  'blind-test22': {
    file: CORPUS_FILES.blindTest22,
    title: '盲写测试集二十二 blind-test22 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, 30 urgent, many ordinary ones told with alarming words; written at the end of round 20, measured sealed once after its third part and once after its fourth; then studied in round 21)',
    sealed: false,
  },
  // Written at the end of round 20 by two more writers who saw only TAXONOMY.md and the seed; measured sealed once, after it.
  'blind-test23': {
    file: CORPUS_FILES.blindTest23,
    title: '盲写测试集二十三 blind-test23 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, about 30 urgent, many ordinary ones told with alarming words; written at the end of round 20, measured sealed once after it)',
    sealed: true,
    banner: `第20轮后新盲测 blind-test23：${NEVER_USED}`,
  },
  'blind-test24': {
    file: CORPUS_FILES.blindTest24,
    title: '盲写测试集二十四 blind-test24 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 14 per category, about 30 urgent, many ordinary ones told with alarming words; written at the end of round 20, measured sealed once after it)',
    sealed: true,
    banner: `第20轮后新盲测 blind-test24：${NEVER_USED}`,
  },
  // Written during round 21 by four writers who saw only TAXONOMY.md and the seed. blind-test26 was measured sealed after
  // the round's first part and its figures (only) were among those that chose the second; blind-test25 and 27 were
  // measured once, at the end, and urgent-test29's figures were printed while the second part was chosen.
  'urgent-test29': {
    file: CORPUS_FILES.urgentTest29,
    title: '紧急测试集二十九 urgent-test29 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 21, measured sealed after it)',
    sealed: true,
    banner: `独立作者紧急测试 urgent-test29：${NEVER_USED}`,
    urgentOnly: true,
  },
  'blind-test25': {
    file: CORPUS_FILES.blindTest25,
    title: '盲写测试集二十五 blind-test25 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, 29 urgent, many ordinary ones told with alarming words; written during round 21, measured sealed once, at the end of round 21: urgent P 0.744; studied in round 22)',
    sealed: false,
    banner: `第21轮新盲测 blind-test25：${NEVER_USED}`,
  },
  'blind-test26': {
    file: CORPUS_FILES.blindTest26,
    title: '盲写测试集二十六 blind-test26 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 13 per category, 30 urgent, many ordinary ones told with alarming words; written during round 21, measured sealed after its first part and at its end)',
    sealed: true,
    banner: `第21轮新盲测 blind-test26：${NEVER_USED}`,
  },
  'blind-test27': {
    file: CORPUS_FILES.blindTest27,
    title: '盲写测试集二十七 blind-test27 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 13 per category, 30 urgent, many ordinary ones told with alarming words; written during round 21, measured sealed once, at the end of round 21: urgent P 0.682; studied in round 22)',
    sealed: false,
    banner: `第21轮新盲测 blind-test27：${NEVER_USED}`,
  },
  // Written during round 22 by three writers who saw only TAXONOMY.md and the seed; measured once, at the end of the round.
  'urgent-test30': {
    file: CORPUS_FILES.urgentTest30,
    title: '紧急测试集三十 urgent-test30 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 22, measured sealed once, at its end)',
    sealed: true,
    banner: `独立作者紧急测试 urgent-test30：${NEVER_USED}`,
    urgentOnly: true,
  },
  'blind-test28': {
    file: CORPUS_FILES.blindTest28,
    title: '盲写测试集二十八 blind-test28 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, 30 urgent, many ordinary ones told with alarming words; written during round 22, measured sealed once, at its end: urgent P 0.806; studied in round 23)',
    sealed: false,
    banner: `第22轮新盲测 blind-test28：${NEVER_USED}`,
  },
  'blind-test29': {
    file: CORPUS_FILES.blindTest29,
    title: '盲写测试集二十九 blind-test29 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 14 per category, 30 urgent, many ordinary ones told with alarming words; written during round 22, measured sealed once, at its end: urgent P 0.682; studied in round 23)',
    sealed: false,
    banner: `第22轮新盲测 blind-test29：${NEVER_USED}`,
  },
  // Written during round 23 by four writers who saw only TAXONOMY.md and the seed; measured once, at the end of the round.
  'urgent-test31': {
    file: CORPUS_FILES.urgentTest31,
    title: '紧急测试集三十一 urgent-test31 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 23, measured sealed once, at its end: urgent R 0.887; studied in round 24)',
    sealed: false,
    banner: `独立作者紧急测试 urgent-test31：${NEVER_USED}`,
    urgentOnly: true,
  },
  'urgent-test32': {
    file: CORPUS_FILES.urgentTest32,
    title: '紧急测试集三十二 urgent-test32 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 23, measured sealed once, at its end)',
    sealed: true,
    banner: `独立作者紧急测试 urgent-test32：${NEVER_USED}`,
    urgentOnly: true,
  },
  'blind-test30': {
    file: CORPUS_FILES.blindTest30,
    title: '盲写测试集三十 blind-test30 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, 30 urgent, many ordinary ones told with alarming words; written during round 23, measured sealed once, at its end: urgent P 0.789; studied in round 24)',
    sealed: false,
    banner: `第23轮新盲测 blind-test30：${NEVER_USED}`,
  },
  'blind-test31': {
    file: CORPUS_FILES.blindTest31,
    title: '盲写测试集三十一 blind-test31 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 13 per category, 30 urgent, many ordinary ones told with alarming words; written during round 23, measured sealed once, at its end: urgent P 0.732; studied in round 24)',
    sealed: false,
    banner: `第23轮新盲测 blind-test31：${NEVER_USED}`,
  },
  // Written during round 24 by four writers who saw only TAXONOMY.md and the seed; measured sealed once after the round's
  // first part, then studied in its second.
  'urgent-test33': {
    file: CORPUS_FILES.urgentTest33,
    title: '紧急测试集三十三 urgent-test33 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 24, measured sealed once after its first part: urgent R 0.931; studied in its second)',
    sealed: false,
    banner: `独立作者紧急测试 urgent-test33：${NEVER_USED}`,
    urgentOnly: true,
  },
  'urgent-test34': {
    file: CORPUS_FILES.urgentTest34,
    title: '紧急测试集三十四 urgent-test34 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 24, measured sealed once after its first part: urgent R 0.963; studied in its second)',
    sealed: false,
    banner: `独立作者紧急测试 urgent-test34：${NEVER_USED}`,
    urgentOnly: true,
  },
  'blind-test32': {
    file: CORPUS_FILES.blindTest32,
    title: '盲写测试集三十二 blind-test32 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 12 per category, 30 urgent, many ordinary ones told with alarming words; written during round 24, measured sealed once after its first part: urgent P 0.833; studied in its second)',
    sealed: false,
    banner: `第24轮新盲测 blind-test32：${NEVER_USED}`,
  },
  'blind-test33': {
    file: CORPUS_FILES.blindTest33,
    title: '盲写测试集三十三 blind-test33 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 16 per category, 30 urgent, many ordinary ones told with alarming words; written during round 24, measured sealed once after its first part: urgent P 0.811; studied in its second)',
    sealed: false,
    banner: `第24轮新盲测 blind-test33：${NEVER_USED}`,
  },
  // Written during round 24's first part by four more writers who saw only TAXONOMY.md and the seed; measured sealed once
  // after its second part, then studied in its third.
  'urgent-test35': {
    file: CORPUS_FILES.urgentTest35,
    title: '紧急测试集三十五 urgent-test35 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 24, measured sealed once after its second part: urgent R 0.938; studied in its third)',
    sealed: false,
    banner: `独立作者紧急测试 urgent-test35：${NEVER_USED}`,
    urgentOnly: true,
  },
  'urgent-test36': {
    file: CORPUS_FILES.urgentTest36,
    title: '紧急测试集三十六 urgent-test36 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 24, measured sealed once after its second part: urgent R 0.956; studied in its third)',
    sealed: false,
    banner: `独立作者紧急测试 urgent-test36：${NEVER_USED}`,
    urgentOnly: true,
  },
  'blind-test34': {
    file: CORPUS_FILES.blindTest34,
    title: '盲写测试集三十四 blind-test34 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 14 per category, 28 urgent, many ordinary ones told with alarming words; written during round 24, measured sealed once after its second part: urgent P 0.800; studied in its third)',
    sealed: false,
    banner: `第24轮新盲测 blind-test34：${NEVER_USED}`,
  },
  'blind-test35': {
    file: CORPUS_FILES.blindTest35,
    title: '盲写测试集三十五 blind-test35 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 16 per category, 30 urgent, many ordinary ones told with alarming words; written during round 24, measured sealed once after its second part: urgent P 0.882; studied in its third)',
    sealed: false,
    banner: `第24轮新盲测 blind-test35：${NEVER_USED}`,
  },
  // Written during round 24's third part by four more writers who saw only TAXONOMY.md and the seed; measured once, at
  // the end of the round.
  'urgent-test37': {
    file: CORPUS_FILES.urgentTest37,
    title: '紧急测试集三十七 urgent-test37 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 24, measured sealed once, at its end: urgent P 1.000 / R 0.969)',
    sealed: true,
    banner: `独立作者紧急测试 urgent-test37：${NEVER_USED}`,
    urgentOnly: true,
  },
  'urgent-test38': {
    file: CORPUS_FILES.urgentTest38,
    title: '紧急测试集三十八 urgent-test38 (a writer who saw only TAXONOMY.md and the seed: 160 urgent, each a different scene, + 80 decoys; written during round 24, measured sealed once, at its end: urgent P 1.000 / R 0.975)',
    sealed: true,
    banner: `独立作者紧急测试 urgent-test38：${NEVER_USED}`,
    urgentOnly: true,
  },
  'blind-test36': {
    file: CORPUS_FILES.blindTest36,
    title: '盲写测试集三十六 blind-test36 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 14 per category, 30 urgent, many ordinary ones told with alarming words; written during round 24, measured sealed once, at its end: urgent P 0.882)',
    sealed: true,
    banner: `第24轮新盲测 blind-test36：${NEVER_USED}`,
  },
  'blind-test37': {
    file: CORPUS_FILES.blindTest37,
    title: '盲写测试集三十七 blind-test37 (a writer who saw only TAXONOMY.md and the seed: 300 everyday reports, 60 per style, ≥ 16 per category, 30 urgent, many ordinary ones told with alarming words; written during round 24, measured sealed once, at its end: urgent P 0.882)',
    sealed: true,
    banner: `第24轮新盲测 blind-test37：${NEVER_USED}`,
  },
} satisfies Record<string, EvalSetSpec>

export type EvalSet = keyof typeof EVAL_SET_SPECS
/** Every set, in print order: the sealed ones last. */
export const EVAL_SETS = (Object.keys(EVAL_SET_SPECS) as EvalSet[]).sort(
  (a, b) => Number(EVAL_SET_SPECS[a].sealed) - Number(EVAL_SET_SPECS[b].sealed),
)

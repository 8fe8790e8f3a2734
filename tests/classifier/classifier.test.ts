import { CATEGORIES, CATEGORY_CODES } from '../../src/core/domain/category'
import { createClassifier, loadClassifier } from '../../cloudfunctions/src/classifier'
import type { ModelFile } from '../../cloudfunctions/src/classifier/model-format'
import model from '../../cloudfunctions/src/classifier/model.json'
import { evaluate, type EvalSet } from '../../cloudfunctions/tools/classifier/eval'
import { correctionsToExamples } from '../../cloudfunctions/tools/classifier/export-corrections'

describe('classifier', () => {
  const classifier = loadClassifier()

  it('returns a complete classification', () => {
    const result = classifier.classify('楼道里有煤气味，很浓')
    expect(CATEGORY_CODES).toContain(result.category)
    expect(result.category).toBe('safety')
    expect(result.urgent).toBe(true)
    expect(result.urgentReasons).toEqual(['燃气泄漏'])
    expect(result.unit).toBe(CATEGORIES.safety.defaultUnitLabel)
    expect(result.confidence).toBeGreaterThan(0)
    expect(result.confidence).toBeLessThanOrEqual(1)
    expect(result.top3).toHaveLength(3)
    expect(result.top3[0].category).toBe(result.category)
    expect(result.top3[0].score).toBeGreaterThanOrEqual(result.top3[1].score)
  })

  it('respects taxonomy boundaries on typical cases', () => {
    expect(classifier.classify('电梯又坏了，我住十八楼').category).toBe('property')
    expect(classifier.classify('有人被困在电梯里了').category).toBe('safety')
    expect(classifier.classify('楼上装修天天打电钻').category).toBe('dispute')
    expect(classifier.classify('广场舞音响太吵了').category).toBe('cityscape')
    expect(classifier.classify('马路上的路灯坏了好几天').category).toBe('facility')
    expect(classifier.classify('老板拖欠工资三个月').category).toBe('labor')
  })

  it('classifies the clause a mixed report is about, not the problem mentioned in passing', () => {
    expect(classifier.classify('垃圾的事上次说过了，今天主要反映楼上装修天天打电钻').category).toBe('dispute')
    expect(classifier.classify('路灯已经修好了，现在是老板拖欠工资三个月').category).toBe('labor')
    expect(classifier.classify('楼上天天打电钻，请你们管一管。顺便说一下楼下垃圾没人收，不过那个不急').category).toBe('dispute')
  })

  it('lets an urgent situation that TAXONOMY places in one category decide the category', () => {
    // written for this test: the model alone ranks the lift report property first (a broken lift), safety second
    const lift = classifier.classify('物业你们快点，电梯卡在七楼和八楼中间，我老婆在里头出不来')
    expect(lift.urgentReasons).toContain('电梯困人')
    expect(lift.category).toBe('safety')
    expect(lift.unit).toBe(CATEGORIES.safety.defaultUnitLabel)
    const elderly = classifier.classify('一个人住的周爹爹手机一直关机，门也敲不开')
    expect(elderly.urgentReasons).toContain('独居老人联系不上')
    expect(elderly.category).toBe('welfare')
    // flooding has no fixed category: the model decides (inside the building → property)
    const flood = classifier.classify('单元楼的下水管堵了，污水从地漏冒出来漫进了客厅')
    expect(flood.urgentReasons).toContain('污水或积水进入住户家中')
    expect(flood.category).toBe(flood.top3[0].category)
  })

  it('is deterministic, also across separately loaded instances', () => {
    const other = createClassifier(model as unknown as ModelFile)
    const texts = ['垃圾没人收', '我屋里冇得人管么样搞嘛', '', '建议多组织老年人活动']
    for (const text of texts) {
      expect(other.classify(text)).toEqual(classifier.classify(text))
      expect(classifier.classify(text)).toEqual(classifier.classify(text))
    }
  })

  it('copes with empty and odd input', () => {
    for (const text of ['', '   ', '？？？', 'a'.repeat(5000)]) {
      const result = classifier.classify(text)
      expect(CATEGORY_CODES).toContain(result.category)
      expect(Number.isFinite(result.confidence)).toBe(true)
    }
  })

  it('meets the floor on the held-out sets it never trained on', () => {
    const report = evaluate()
    const category = (set: EvalSet) => report[set]!.metrics
    const urgent = (set: EvalSet) => report[set]!.urgent!
    // Floors = the round-6 figures (round 7 for its sets) rounded down (cloudfunctions/tools/classifier/README.md, "Measured").
    const floors: [string, number, number][] = [
      // category macro-F1: generated 0.903, hand-written 0.980, blind-dev 0.963 (read while tuning), blind-test 0.947
      // and blind-test2 0.922 (never used for tuning)
      ['generated macro-F1', category('generated').macroF1, 0.9],
      ['hand-written macro-F1', category('handwritten').macroF1, 0.97],
      ['blind-dev macro-F1', category('blind-dev').macroF1, 0.96],
      ['blind-test macro-F1', category('blind-test').macroF1, 0.94],
      ['blind-test2 macro-F1', category('blind-test2').macroF1, 0.92],
      // blind-test3: a writer who saw only TAXONOMY.md and the seed (300 everyday reports), measured once after round 11
      // (0.928), studied for its urgent false alarms in round 12 (model.json unchanged)
      ['blind-test3 macro-F1', category('blind-test3').macroF1, 0.92],
      // blind-test4: another such writer (300 everyday reports), measured once after round 12 (0.915), studied for its
      // urgent false alarms in round 13 (model.json unchanged)
      ['blind-test4 macro-F1', category('blind-test4').macroF1, 0.91],
      // urgent, never studied: urgent-test 0.975 / 0.983, urgent-test5 0.957 / 0.981, urgent-test6 0.950 / 0.950,
      // blind-test2 0.935 / 0.967 (n=30); generated + hand-written 1.000 / 1.000
      ['urgent-test recall', category('urgent-test').urgentRecall, 0.99],
      // round 10 (README): one more false alarm, 0.976 → 0.968
      ['urgent-test precision', category('urgent-test').urgentPrecision, 0.96],
      // round 22 (README): one urgent text of 160 goes to 需尽快核实 instead (a scorer-only hazard read under 0.9,
      // urgent.ts SCORER_ALONE_NEEDS), 0.994 → 0.988; with 需尽快核实 still 1.000
      ['urgent-test5 recall', urgent('urgent-test5').recall, 0.985],
      ['urgent-test5 precision', urgent('urgent-test5').precision, 0.95],
      ['urgent-test6 recall', urgent('urgent-test6').recall, 0.98],
      // round 8 (README) gave one more false alarm here (0.950 → 0.946) and on blind-test (1.000 → 0.963) for recall on
      // urgent-test8 (0.863 → 0.919); the target is precision ≥ 0.8, so these two floors follow the round-8 figures.
      ['urgent-test6 precision', urgent('urgent-test6').precision, 0.94],
      ['blind-test2 urgent recall', category('blind-test2').urgentRecall, 0.96],
      // round 9 (README): one more false alarm here, 0.935 → 0.909 (3 of 33 flagged), for recall on urgent-test8 (0.919 →
      // 0.944) and urgent-test6 (0.950 → 0.975); the target is precision ≥ 0.8, so this floor follows the round-9 figure.
      // round 10 (README): three more false alarms, 0.909 → 0.833 (6 of 36 flagged) — NOT far above the 0.8 target: the
      // lead's call (README, Round 10, "Precision")
      // round 16 (README, Round 16, "A floor lowered"): one more false alarm, 0.833 → 0.811 (7 of 37 flagged), with the
      // configuration leave-one-writer-out chose (MIN_SOURCES 3, sure 0.9, the three new writers); still over the 0.8
      // target; lowered by exactly that text, as the round-16 brief allows for an old sealed floor
      ['blind-test2 urgent precision', category('blind-test2').urgentPrecision, 0.81],
      // round 7, hazards (falling from a height, ground giving way, water through a ceiling): urgent-test7 0.976 / 0.922
      // after the round-7 rules (0.973 / 0.800 before); written by the same helper that changed the rules (README)
      // round 21 (README, Round 21, "A floor lowered"): a rule now needs the scorer's 0.6 (the check-soon line), and one
      // urgent text of 90 goes to 需尽快核实 instead (0.978 → 0.967; with 需尽快核实 still 1.000); lowered by exactly that text
      ['urgent-test7 recall', category('urgent-test7').urgentRecall, 0.966],
      ['urgent-test7 precision', category('urgent-test7').urgentPrecision, 0.97],
      // urgent-test8: a writer who never saw the rules, the model or another set; measured sealed: 0.979 / 0.863 before
      // round 8, 0.980 / 0.919 after, 0.974 / 0.944 after round 9, 0.981 / 0.969 after round 10 (once, at the end)
      ['urgent-test8 recall', category('urgent-test8').urgentRecall, 0.96],
      ['urgent-test8 precision', category('urgent-test8').urgentPrecision, 0.97],
      // urgent-test22 and blind-test12: new writers, written after round 18 and measured sealed once with it and once after
      // round 19, the same figures both times (1.000 / 0.931 and 0.857 / 1.000, macro-F1 0.863). These floors guard against
      // a fall (README, Rounds 18 and 19).
      ['urgent-test22 recall', category('urgent-test22').urgentRecall, 0.93], // 0.938 after round 24
      ['urgent-test22 precision', category('urgent-test22').urgentPrecision, 0.99],
      ['blind-test12 macro-F1', category('blind-test12').macroF1, 0.86],
      ['blind-test12 urgent recall', category('blind-test12').urgentRecall, 0.96],
      ['blind-test12 urgent precision', category('blind-test12').urgentPrecision, 0.93],
      // urgent-test23 / blind-test13 and urgent-test24 / blind-test14: new writers, written during round 19 and measured
      // sealed once with round 18's system (0.994 / 0.963, 0.698 / 1.000 with macro-F1 0.860; 0.993 / 0.938, 0.682 / 1.000
      // with macro-F1 0.843) and once after round 19 (1.000 / 0.950 — two urgent texts fewer —, 0.698 / 1.000 with macro-F1
      // 0.860; 0.993 / 0.938, 0.682 / 1.000 with macro-F1 0.843). These floors record the figures after round 19 (README,
      // Round 19). blind-test13's and blind-test14's urgent precision is UNDER the 0.8 line (13 and 14 false
      // alarms of 270): the floors record those figures, they do not meet the target.
      // Round 20 studied these four sets (README, Round 20), so from here on their figures are in-sample: blind-test13
      // 0.769 / 1.000 (9 false alarms), blind-test14 0.882 / 1.000 (4). blind-test13's macro-F1 0.860 → 0.858: a grid
      // note of a scuffle that asks for mediation is no longer flagged, and without the flag the category model files it
      // as a suggestion (it was safety by the flag; dispute is right) — lowered by exactly that text.
      ['urgent-test23 recall', category('urgent-test23').urgentRecall, 0.95],
      ['urgent-test23 precision', category('urgent-test23').urgentPrecision, 0.99],
      ['blind-test13 macro-F1', category('blind-test13').macroF1, 0.858],
      ['blind-test13 urgent recall', category('blind-test13').urgentRecall, 0.96],
      ['blind-test13 urgent precision', category('blind-test13').urgentPrecision, 0.76],
      ['urgent-test24 recall', category('urgent-test24').urgentRecall, 0.93],
      ['urgent-test24 precision', category('urgent-test24').urgentPrecision, 0.99],
      ['blind-test14 macro-F1', category('blind-test14').macroF1, 0.84],
      ['blind-test14 urgent recall', category('blind-test14').urgentRecall, 0.96],
      ['blind-test14 urgent precision', category('blind-test14').urgentPrecision, 0.88],
      // urgent-test25 and blind-test15: new writers, written during round 19 and measured sealed once, after it (0.969 /
      // 0.975 and 0.682 / 1.000, macro-F1 0.824; README, Round 19). blind-test15's urgent precision is UNDER the 0.8 line
      // (14 false alarms of 270). Measured again after round 20: 0.975 / 0.975 and 0.750 / 1.000 (10 false alarms),
      // macro-F1 0.822; the precision floors follow. blind-test15 (with blind-test16) was then studied in round 20: in-sample
      // since, 0.882 / 1.000 (4 false alarms), macro-F1 0.823.
      ['urgent-test25 recall', category('urgent-test25').urgentRecall, 0.98],
      ['urgent-test25 precision', category('urgent-test25').urgentPrecision, 0.97],
      ['blind-test15 macro-F1', category('blind-test15').macroF1, 0.82],
      ['blind-test15 urgent recall', category('blind-test15').urgentRecall, 0.96],
      ['blind-test15 urgent precision', category('blind-test15').urgentPrecision, 0.88],
      // urgent-test26 and blind-test16–18: new writers, written during round 20 and measured sealed once, after it
      // (0.974 / 0.944; 0.714, 0.811, 0.714 / 1.000, macro-F1 0.864, 0.851, 0.853; README, Round 20). blind-test16's and
      // blind-test18's urgent precision is UNDER the 0.8 line (12 false alarms of 270 each). blind-test16 was then studied
      // in round 20: in-sample since, 0.811 / 1.000 (7 false alarms), macro-F1 0.866. urgent-test26, blind-test17 and
      // blind-test18 measured again after the round's second part: 0.974 / 0.944, 0.833 (6) and 0.750 (10). Then studied in
      // its third part: in-sample since, 0.993 / 0.944, 0.833 (6) and 0.811 (7).
      ['urgent-test26 recall', category('urgent-test26').urgentRecall, 0.94],
      ['urgent-test26 precision', category('urgent-test26').urgentPrecision, 0.99],
      ['blind-test16 macro-F1', category('blind-test16').macroF1, 0.86],
      ['blind-test16 urgent recall', category('blind-test16').urgentRecall, 0.96],
      ['blind-test16 urgent precision', category('blind-test16').urgentPrecision, 0.81],
      ['blind-test17 macro-F1', category('blind-test17').macroF1, 0.85],
      ['blind-test17 urgent recall', category('blind-test17').urgentRecall, 0.96],
      ['blind-test17 urgent precision', category('blind-test17').urgentPrecision, 0.83],
      ['blind-test18 macro-F1', category('blind-test18').macroF1, 0.85],
      ['blind-test18 urgent recall', category('blind-test18').urgentRecall, 0.96],
      ['blind-test18 urgent precision', category('blind-test18').urgentPrecision, 0.81],
      // urgent-test27 and blind-test19 / blind-test20: new writers, written during round 20 and measured sealed once, after
      // it (0.975 / 0.956; 0.811 and 0.732 / 1.000, macro-F1 0.906 and 0.882; README, Round 20). blind-test20's urgent
      // precision is UNDER the 0.8 line (11 false alarms of 270). The same figures after the round's third part. Then
      // studied in its fourth: in-sample since, 0.994 / 0.956; 0.833 (6) and 0.833 (6).
      ['urgent-test27 recall', category('urgent-test27').urgentRecall, 0.95],
      ['urgent-test27 precision', category('urgent-test27').urgentPrecision, 0.99],
      ['blind-test19 macro-F1', category('blind-test19').macroF1, 0.9],
      ['blind-test19 urgent recall', category('blind-test19').urgentRecall, 0.96],
      ['blind-test19 urgent precision', category('blind-test19').urgentPrecision, 0.83],
      ['blind-test20 macro-F1', category('blind-test20').macroF1, 0.88],
      ['blind-test20 urgent recall', category('blind-test20').urgentRecall, 0.96],
      ['blind-test20 urgent precision', category('blind-test20').urgentPrecision, 0.83],
      // urgent-test28 and blind-test21 / blind-test22: new writers, written at the end of round 20 and measured sealed once,
      // after it (0.994 / 0.963; 0.763 / 0.967 and 0.769 / 1.000, macro-F1 0.860 and 0.842; README, Round 20). Both
      // everyday writers' urgent precision is UNDER the 0.8 line (9 false alarms of 270 each); blind-test21's one urgent
      // report not flagged goes to 需尽快核实.
      ['urgent-test28 recall', category('urgent-test28').urgentRecall, 0.96],
      ['urgent-test28 precision', category('urgent-test28').urgentPrecision, 0.99],
      ['blind-test21 macro-F1', category('blind-test21').macroF1, 0.85],
      ['blind-test21 urgent recall', category('blind-test21').urgentRecall, 0.96],
      ['blind-test21 urgent precision', category('blind-test21').urgentPrecision, 0.76],
      ['blind-test22 macro-F1', category('blind-test22').macroF1, 0.84],
      ['blind-test22 urgent recall', category('blind-test22').urgentRecall, 0.96],
      ['blind-test22 urgent precision', category('blind-test22').urgentPrecision, 0.76],
      // blind-test23 and blind-test24: new writers, written at the end of round 20 and measured sealed once, after it
      // (0.750 / 1.000 and 0.806 / 1.000, macro-F1 0.876 and 0.880; README, Round 20). blind-test23's urgent precision is
      // UNDER the 0.8 line (10 false alarms of 270). urgent-test28 and blind-test21 / 22 had the same figures after the
      // round's fourth part as after its third. Round 21 (README): blind-test23 0.833 and blind-test24 0.829 (6 false alarms
      // each); blind-test21 / 22 were studied. Round 22 (README): 0.857 (5) and 0.829 (6).
      ['blind-test23 macro-F1', category('blind-test23').macroF1, 0.87],
      ['blind-test23 urgent recall', category('blind-test23').urgentRecall, 0.96],
      ['blind-test23 urgent precision', category('blind-test23').urgentPrecision, 0.85],
      ['blind-test24 macro-F1', category('blind-test24').macroF1, 0.88],
      ['blind-test24 urgent recall', category('blind-test24').urgentRecall, 0.96],
      ['blind-test24 urgent precision', category('blind-test24').urgentPrecision, 0.85], // round 24: 0.829 -> 0.853
      // urgent-test29 and blind-test25 / 26 / 27: new writers, written during round 21 and measured sealed at its end
      // (0.993 / 0.931; 0.744, 0.833, 0.682 / 1.000, macro-F1 0.828, 0.867, 0.814; README, Round 21). blind-test25 and 27 —
      // the two measured only then — are UNDER the 0.8 line (10 and 14 false alarms of 270); urgent-test29's recall is
      // under 0.95 (0.994 with 需尽快核实). Round 22 (README): urgent-test29 0.944, blind-test26 0.909 (3); blind-test25
      // and 27 studied (in-sample since, 0.967 and 0.857).
      ['urgent-test29 recall', category('urgent-test29').urgentRecall, 0.94],
      ['urgent-test29 precision', category('urgent-test29').urgentPrecision, 0.99],
      ['blind-test25 macro-F1', category('blind-test25').macroF1, 0.82],
      ['blind-test25 urgent recall', category('blind-test25').urgentRecall, 0.96],
      ['blind-test25 urgent precision', category('blind-test25').urgentPrecision, 0.96],
      ['blind-test26 macro-F1', category('blind-test26').macroF1, 0.86],
      ['blind-test26 urgent recall', category('blind-test26').urgentRecall, 0.96],
      ['blind-test26 urgent precision', category('blind-test26').urgentPrecision, 0.96], // round 24: 0.909 -> 0.968
      ['blind-test27 macro-F1', category('blind-test27').macroF1, 0.81],
      ['blind-test27 urgent recall', category('blind-test27').urgentRecall, 0.96],
      ['blind-test27 urgent precision', category('blind-test27').urgentPrecision, 0.85],
      // urgent-test30 and blind-test28 / 29: new writers, written during round 22 and measured sealed after its first part
      // (0.938; 0.784 and 0.667) and at its end (README, Round 22): urgent-test30 P 1.000 / R 0.938 (0.975 with 需尽快核实),
      // blind-test28 0.806 / 0.967 (7 false alarms of 270; its one urgent report not flagged goes to 需尽快核实), blind-test29
      // 0.682 / 1.000 (14 false alarms of 270), UNDER the 0.8 line; macro-F1 0.827 and 0.853.
      ['urgent-test30 recall', category('urgent-test30').urgentRecall, 0.96], // round 24: 0.938 -> 0.963
      ['urgent-test30 precision', category('urgent-test30').urgentPrecision, 0.99],
      // Round 23 (README): blind-test28 and 29 studied (in-sample since, 0.882 and 0.811).
      ['blind-test28 macro-F1', category('blind-test28').macroF1, 0.82],
      ['blind-test28 urgent recall', category('blind-test28').urgentRecall, 0.96],
      ['blind-test28 urgent precision', category('blind-test28').urgentPrecision, 0.88],
      ['blind-test29 macro-F1', category('blind-test29').macroF1, 0.85],
      ['blind-test29 urgent recall', category('blind-test29').urgentRecall, 0.96],
      ['blind-test29 urgent precision', category('blind-test29').urgentPrecision, 0.81],
      // urgent-test31 / 32 and blind-test30 / 31: new writers, written during round 23 and measured sealed once, at its end
      // (README, Round 23): urgent-test31 P 1.000 / R 0.887 (0.975 with 需尽快核实), urgent-test32 0.994 / 0.963 (1.000);
      // blind-test30 0.789 (8 false alarms of 270) and blind-test31 0.732 (11), both UNDER the 0.8 line, recall 1.000;
      // macro-F1 0.826 and 0.863.
      // Round 24 (README): urgent-test31 and blind-test30 / 31 studied (in-sample since: 0.963; 0.968 and 0.882).
      ['urgent-test31 recall', category('urgent-test31').urgentRecall, 0.96],
      ['urgent-test31 precision', category('urgent-test31').urgentPrecision, 0.99],
      ['urgent-test32 recall', category('urgent-test32').urgentRecall, 0.96],
      ['urgent-test32 precision', category('urgent-test32').urgentPrecision, 0.99],
      ['blind-test30 macro-F1', category('blind-test30').macroF1, 0.82],
      ['blind-test30 urgent recall', category('blind-test30').urgentRecall, 0.96],
      ['blind-test30 urgent precision', category('blind-test30').urgentPrecision, 0.96],
      ['blind-test31 macro-F1', category('blind-test31').macroF1, 0.86],
      ['blind-test31 urgent recall', category('blind-test31').urgentRecall, 0.96],
      ['blind-test31 urgent precision', category('blind-test31').urgentPrecision, 0.88],
      // Round 24 (README): twelve new writers in three parts. urgent-test33 / 34 and blind-test32 / 33 were measured sealed
      // once after its first part (R 0.931 / 0.963, P 0.833 / 0.811), urgent-test35 / 36 and blind-test34 / 35 once after
      // its second (R 0.938 / 0.956, P 0.800 / 0.882); each four were studied in the next part, so these floors are
      // in-sample. urgent-test37 / 38 and blind-test36 / 37 were measured sealed once, at the round's end: R 0.969 and
      // 0.975 (1.000 and 0.994 with 需尽快核实), P 0.882 and 0.882 (macro-F1 0.881 and 0.874).
      ['urgent-test33 recall', category('urgent-test33').urgentRecall, 0.96],
      ['urgent-test33 precision', category('urgent-test33').urgentPrecision, 0.99],
      ['urgent-test34 recall', category('urgent-test34').urgentRecall, 0.98],
      ['urgent-test34 precision', category('urgent-test34').urgentPrecision, 0.99],
      ['urgent-test35 recall', category('urgent-test35').urgentRecall, 0.98],
      ['urgent-test35 precision', category('urgent-test35').urgentPrecision, 0.99],
      ['urgent-test36 recall', category('urgent-test36').urgentRecall, 0.98],
      ['urgent-test36 precision', category('urgent-test36').urgentPrecision, 0.99],
      ['blind-test32 macro-F1', category('blind-test32').macroF1, 0.83],
      ['blind-test32 urgent recall', category('blind-test32').urgentRecall, 0.96],
      ['blind-test32 urgent precision', category('blind-test32').urgentPrecision, 0.93],
      ['blind-test33 macro-F1', category('blind-test33').macroF1, 0.84],
      ['blind-test33 urgent recall', category('blind-test33').urgentRecall, 0.96],
      ['blind-test33 urgent precision', category('blind-test33').urgentPrecision, 0.88],
      ['blind-test34 macro-F1', category('blind-test34').macroF1, 0.84],
      ['blind-test34 urgent recall', category('blind-test34').urgentRecall, 0.96],
      ['blind-test34 urgent precision', category('blind-test34').urgentPrecision, 0.87],
      ['blind-test35 macro-F1', category('blind-test35').macroF1, 0.85],
      ['blind-test35 urgent recall', category('blind-test35').urgentRecall, 0.96],
      ['blind-test35 urgent precision', category('blind-test35').urgentPrecision, 0.96],
      ['urgent-test37 recall', category('urgent-test37').urgentRecall, 0.96],
      ['urgent-test37 precision', category('urgent-test37').urgentPrecision, 0.99],
      ['urgent-test38 recall', category('urgent-test38').urgentRecall, 0.97],
      ['urgent-test38 precision', category('urgent-test38').urgentPrecision, 0.99],
      ['blind-test36 macro-F1', category('blind-test36').macroF1, 0.88],
      ['blind-test36 urgent recall', category('blind-test36').urgentRecall, 0.96],
      ['blind-test36 urgent precision', category('blind-test36').urgentPrecision, 0.88],
      ['blind-test37 macro-F1', category('blind-test37').macroF1, 0.87],
      ['blind-test37 urgent recall', category('blind-test37').urgentRecall, 0.96],
      ['blind-test37 urgent precision', category('blind-test37').urgentPrecision, 0.88],
      ['held-out urgent recall', report.combined.urgentRecall, 1],
      ['held-out urgent precision', report.combined.urgentPrecision, 1],
      // urgent, studied while tuning (optimistic)
      ['urgent-dev recall', urgent('urgent-dev').recall, 1],
      ['urgent-dev precision', urgent('urgent-dev').precision, 1],
      ['blind-dev urgent recall', category('blind-dev').urgentRecall, 1],
      ['blind-dev urgent precision', category('blind-dev').urgentPrecision, 1],
      ['blind-test urgent recall', category('blind-test').urgentRecall, 1],
      // round 10 (README): two more false alarms, 0.963 → 0.897 (26 urgent)
      ['blind-test urgent precision', category('blind-test').urgentPrecision, 0.89],
      ['urgent-dev-hazards recall', category('urgent-dev-hazards').urgentRecall, 1],
      ['urgent-dev-hazards precision', category('urgent-dev-hazards').urgentPrecision, 1],
      // round 9: urgent-dev9 (measured untouched 0.992 / 0.750 in round 7, 1.000 / 0.781 in round 8) and urgent-dev10
      // (measured untouched 0.973 / 0.688), both studied since: 1.000 / 0.956 and 1.000 / 0.963 (README, Round 9)
      ['urgent-dev9 recall', category('urgent-dev9').urgentRecall, 0.95],
      ['urgent-dev9 precision', category('urgent-dev9').urgentPrecision, 0.99],
      ['urgent-dev10 recall', category('urgent-dev10').urgentRecall, 0.95],
      ['urgent-dev10 precision', category('urgent-dev10').urgentPrecision, 0.99],
      // round 10: urgent-test10 (measured sealed once after round 9: 0.993 / 0.894), studied since: 1.000 / 0.994 (README, Round 10)
      ['urgent-test10 recall', category('urgent-test10').urgentRecall, 0.98],
      ['urgent-test10 precision', category('urgent-test10').urgentPrecision, 0.99],
      // round 11: urgent-test11 (measured sealed once after round 10: 0.972 / 0.869) and urgent-dev11 (measured untouched
      // with the round-10 system: 0.985 / 0.825), both studied since: 1.000 / 0.994 and 1.000 / 0.969 (README, Round 11)
      ['urgent-test11 recall', category('urgent-test11').urgentRecall, 0.98],
      ['urgent-test11 precision', category('urgent-test11').urgentPrecision, 0.99],
      ['urgent-dev11 recall', category('urgent-dev11').urgentRecall, 0.95],
      ['urgent-dev11 precision', category('urgent-dev11').urgentPrecision, 0.99],
      // round 12: urgent-test12 (measured sealed with the round-10 system 0.965 / 0.850, once after round 11 0.973 / 0.900),
      // urgent-test13 (measured once after round 11: 0.979 / 0.881) and blind-test3's 30 urgent among 300 everyday reports
      // (0.833 / 1.000), all studied since: 1.000 / 0.994, 1.000 / 0.988 and 1.000 / 1.000 (README, Round 12)
      ['urgent-test12 recall', category('urgent-test12').urgentRecall, 0.98],
      ['urgent-test12 precision', category('urgent-test12').urgentPrecision, 0.99],
      ['urgent-test13 recall', category('urgent-test13').urgentRecall, 0.97],
      ['urgent-test13 precision', category('urgent-test13').urgentPrecision, 0.99],
      ['blind-test3 urgent recall', category('blind-test3').urgentRecall, 1],
      ['blind-test3 urgent precision', category('blind-test3').urgentPrecision, 0.96],
      // round 13: urgent-test14 (measured with the round-11 system 0.986 / 0.881, once after round 12 0.986 / 0.912) and
      // blind-test4's 30 urgent among 300 everyday reports (once after round 12: 0.725 / 0.967), both studied since:
      // 1.000 / 0.956 and 1.000 / 1.000 with round 13's guards and round 12's scorer (README, Round 13)
      ['urgent-test14 recall', category('urgent-test14').urgentRecall, 0.95],
      ['urgent-test14 precision', category('urgent-test14').urgentPrecision, 0.99],
      ['blind-test4 urgent recall', category('blind-test4').urgentRecall, 1],
      ['blind-test4 urgent precision', category('blind-test4').urgentPrecision, 0.96],
      // round 14: urgent-test15 and blind-test5, written during round 13 and measured sealed once after it (0.966 / 0.881;
      // blind-test5 urgent 0.763 / 0.967, macro-F1 0.865), studied and scorer training data since: 0.987 / 0.950 and
      // 0.968 / 1.000 with round 14's scene checks (in-sample for the scorer; README, Round 14)
      ['urgent-test15 recall', category('urgent-test15').urgentRecall, 0.95],
      ['urgent-test15 precision', category('urgent-test15').urgentPrecision, 0.98],
      ['blind-test5 macro-F1', category('blind-test5').macroF1, 0.86],
      ['blind-test5 urgent recall', category('blind-test5').urgentRecall, 1],
      ['blind-test5 urgent precision', category('blind-test5').urgentPrecision, 0.96],
      // round 15: urgent-test16 and blind-test6, written during round 14 and measured sealed once after it (round 13's
      // system: 0.973 / 0.912 and 0.789 / 1.000; round 14's: 0.980 / 0.925 and 0.833 / 1.000, macro-F1 0.880), studied and
      // scorer training data since: 0.981 / 0.963 and 1.000 / 1.000, macro-F1 0.882 (in-sample for the scorer; left out
      // of its training, the same 0.980 / 0.925 and 0.833 / 1.000: README, Round 15)
      ['urgent-test16 recall', category('urgent-test16').urgentRecall, 0.96],
      ['urgent-test16 precision', category('urgent-test16').urgentPrecision, 0.98],
      ['blind-test6 macro-F1', category('blind-test6').macroF1, 0.88],
      ['blind-test6 urgent recall', category('blind-test6').urgentRecall, 1],
      ['blind-test6 urgent precision', category('blind-test6').urgentPrecision, 0.96],
      // round 16: urgent-test17 and blind-test7, written during round 15 and measured sealed with round 14's system (0.979 /
      // 0.887 and 0.938 / 1.000, macro-F1 0.867) and once after round 15 (0.979 / 0.894 and 0.879 / 0.967, macro-F1 0.867),
      // studied and scorer training data since: 0.993 / 0.944 and 1.000 / 0.967, macro-F1 0.870 (in-sample for the scorer;
      // README, Round 16)
      ['urgent-test17 recall', category('urgent-test17').urgentRecall, 0.94],
      ['urgent-test17 precision', category('urgent-test17').urgentPrecision, 0.99],
      ['blind-test7 macro-F1', category('blind-test7').macroF1, 0.865],
      ['blind-test7 urgent recall', category('blind-test7').urgentRecall, 0.96],
      ['blind-test7 urgent precision', category('blind-test7').urgentPrecision, 0.96],
      // round 17: urgent-test18 and blind-test8, written during round 16 and measured sealed once with round 15's system
      // and once after round 16 — the same figures both times: 0.981 / 0.944 and 0.914 / 1.000, macro-F1 0.880 — studied
      // and scorer training data since (README, Round 17)
      ['urgent-test18 recall', category('urgent-test18').urgentRecall, 0.94],
      ['urgent-test18 precision', category('urgent-test18').urgentPrecision, 0.975],
      ['blind-test8 macro-F1', category('blind-test8').macroF1, 0.875],
      ['blind-test8 urgent recall', category('blind-test8').urgentRecall, 0.96],
      ['blind-test8 urgent precision', category('blind-test8').urgentPrecision, 0.9],
      // round 18: urgent-test19 and blind-test9, written during round 17 and measured sealed once with round 16's system
      // (0.994 / 0.956 and 0.882 / 1.000, macro-F1 0.861) and once after round 17 (0.994 / 0.963 and 0.909 / 1.000,
      // macro-F1 0.861) — studied and scorer training data since (README, Round 18)
      ['urgent-test19 recall', category('urgent-test19').urgentRecall, 0.955],
      ['urgent-test19 precision', category('urgent-test19').urgentPrecision, 0.99],
      ['blind-test9 macro-F1', category('blind-test9').macroF1, 0.855],
      ['blind-test9 urgent recall', category('blind-test9').urgentRecall, 0.96],
      ['blind-test9 urgent precision', category('blind-test9').urgentPrecision, 0.9],
      // round 18: urgent-test20 and blind-test10, written during round 17 and measured sealed once after it by the lead
      // (0.987 / 0.944 and 0.750 / 0.909, macro-F1 0.909) — studied and scorer training data since: 1.000 / 0.994 and
      // 1.000 / 1.000, macro-F1 0.912 after round 18 (in-sample for the scorer; README, Round 18)
      ['urgent-test20 recall', category('urgent-test20').urgentRecall, 0.99],
      ['urgent-test20 precision', category('urgent-test20').urgentPrecision, 0.99],
      ['blind-test10 macro-F1', category('blind-test10').macroF1, 0.91],
      ['blind-test10 urgent recall', category('blind-test10').urgentRecall, 0.96],
      ['blind-test10 urgent precision', category('blind-test10').urgentPrecision, 0.96],
      // round 19: urgent-test21 and blind-test11, written during round 18 and measured sealed once with round 17's system
      // (0.961 / 0.919 and 0.838 / 1.000, macro-F1 0.817) and once after round 18 (0.961 / 0.931 and 0.795 / 1.000, macro-F1
      // 0.815; blind-test11's urgent precision UNDER the issue's 0.8 line) — studied and scorer training data since: 1.000 /
      // 0.988 and 1.000 / 1.000, macro-F1 0.817 after round 19 (in-sample for the rules and the scorer; README, Round 19)
      ['urgent-test21 recall', category('urgent-test21').urgentRecall, 0.98],
      ['urgent-test21 precision', category('urgent-test21').urgentPrecision, 0.99],
      ['blind-test11 macro-F1', category('blind-test11').macroF1, 0.815],
      ['blind-test11 urgent recall', category('blind-test11').urgentRecall, 0.96],
      ['blind-test11 urgent precision', category('blind-test11').urgentPrecision, 0.96],
      ...(['urgent-test2', 'urgent-test3', 'urgent-test4'] as EvalSet[]).flatMap((set): [string, number, number][] => [
        [`${set} recall`, urgent(set).recall, 0.99],
        [`${set} precision`, urgent(set).precision, 0.99],
      ]),
    ]
    const below = floors.filter(([, value, floor]) => !(value >= floor)).map(([name, value, floor]) => `${name} ${value.toFixed(3)} < ${floor}`)
    expect(below).toEqual([])
  })

  it('turns staff corrections into examples, dropping bad and duplicate rows', () => {
    const { examples, rejected } = correctionsToExamples(
      [
        { text: '小区里的路灯坏了', category: 'property', urgent: 0 },
        { text: '小区里的路灯坏了', category: 'property', urgent: 0 },
        { text: '楼道冒烟', category: 'safety', urgent: 1 },
        { text: '', category: 'safety' },
        { text: '随便', category: 'unknown' },
      ],
      [],
    )
    expect(examples.map((e) => [e.text, e.category, e.urgent])).toEqual([
      ['小区里的路灯坏了', 'property', false],
      ['楼道冒烟', 'safety', true],
    ])
    expect(rejected).toBe(2)
  })
})

import { CATEGORIES, CATEGORY_CODES } from '../../src/core/domain/category'
import { createClassifier, loadClassifier } from '../../cloudfunctions/src/classifier'
import type { ModelFile } from '../../cloudfunctions/src/classifier/model-format'
import model from '../../cloudfunctions/src/classifier/model.json'
import { evaluate } from '../../cloudfunctions/tools/classifier/eval'
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
    // Floors = the measured figures (round 6) rounded down. Category: generated 0.903, hand-written 0.980, blind-dev
    // 0.963 (read while tuning), blind-test 0.947 and blind-test2 0.922 (never used for tuning).
    expect(report.handwritten.macroF1).toBeGreaterThanOrEqual(0.97)
    expect(report.generated.macroF1).toBeGreaterThanOrEqual(0.9)
    expect(report.combined.urgentRecall).toBeGreaterThanOrEqual(0.95)
    expect(report.combined.urgentPrecision).toBeGreaterThanOrEqual(0.8)
    expect(report.blindDev!.macroF1).toBeGreaterThanOrEqual(0.96)
    expect(report.blindTest!.macroF1).toBeGreaterThanOrEqual(0.94)
    expect(report.blindTest2!.macroF1).toBeGreaterThanOrEqual(0.92)
    // Urgent, sets studied while tuning (optimistic): urgent-dev, blind-dev, blind-test, urgent-test2/3/4.
    expect(report.urgentDev!.recall).toBeGreaterThanOrEqual(1)
    expect(report.urgentDev!.precision).toBeGreaterThanOrEqual(1)
    expect(report.blindDev!.urgentRecall).toBeGreaterThanOrEqual(1)
    expect(report.blindDev!.urgentPrecision).toBeGreaterThanOrEqual(1)
    expect(report.blindTest!.urgentRecall).toBeGreaterThanOrEqual(1)
    expect(report.blindTest!.urgentPrecision).toBeGreaterThanOrEqual(1)
    for (const studied of [report.urgentTest2!, report.urgentTest3!, report.urgentTest4!]) {
      expect(studied.recall).toBeGreaterThanOrEqual(0.99)
      expect(studied.precision).toBeGreaterThanOrEqual(0.99)
    }
    // Urgent, never studied: urgent-test P 0.975 / R 0.983, urgent-test5 0.957 / 0.981, urgent-test6 0.950 / 0.950,
    // blind-test2 0.935 / 0.967 (n=30).
    expect(report.urgentTest!.urgentRecall).toBeGreaterThanOrEqual(0.98)
    expect(report.urgentTest!.urgentPrecision).toBeGreaterThanOrEqual(0.97)
    expect(report.urgentTest5!.recall).toBeGreaterThanOrEqual(0.98)
    expect(report.urgentTest5!.precision).toBeGreaterThanOrEqual(0.95)
    expect(report.urgentTest6!.recall).toBeGreaterThanOrEqual(0.95)
    expect(report.urgentTest6!.precision).toBeGreaterThanOrEqual(0.95)
    expect(report.blindTest2!.urgentRecall).toBeGreaterThanOrEqual(0.96)
    expect(report.blindTest2!.urgentPrecision).toBeGreaterThanOrEqual(0.93)
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

// Merge candidates are ranked by the Dice coefficient of character bigrams, ignoring punctuation, spaces and case.
import { characterBigrams, textSimilarity } from '../../src/core/domain/text-similarity'

describe('textSimilarity', () => {
  it('is 1 for the same text, whatever the punctuation and spaces', () => {
    expect(textSimilarity('1栋楼道垃圾没人收', '1栋 楼道垃圾，没人收！')).toBe(1)
  })

  it('is 0 for texts that share no pair of characters, or when one has none', () => {
    expect(textSimilarity('路灯坏了', '噪音扰民')).toBe(0)
    expect(textSimilarity('灯', '灯坏了')).toBe(0)
    expect(textSimilarity('！？', '路灯坏了')).toBe(0)
  })

  it('computes 2·shared / (|A|+|B|) over distinct bigrams, rounded to 2 decimals', () => {
    // 楼道垃圾: 楼道 道垃 垃圾 (3); 垃圾很多: 垃圾 圾很 很多 (3); shared 垃圾 → 2/6
    expect(textSimilarity('楼道垃圾', '垃圾很多')).toBe(0.33)
    expect(textSimilarity('ABcd', 'abCD')).toBe(1)
  })

  it('ranks a near-duplicate above a report of another kind', () => {
    const report = '航空路小区1栋楼道垃圾三天没人清理'
    expect(textSimilarity(report, '1栋楼道里垃圾没人清理')).toBeGreaterThan(textSimilarity(report, '2栋门口路灯不亮'))
  })

  it('counts each bigram once', () => {
    expect([...characterBigrams('哈哈哈哈')]).toEqual(['哈哈'])
  })
})

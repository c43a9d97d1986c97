//! Agreement statistics: Krippendorff's alpha (any metric, any number of coders, missing values
//! allowed), computed exactly from the coincidence matrix (Krippendorff 2011, "Computing
//! Krippendorff's Alpha-Reliability"); and exact and adjacent agreement between pairs of ratings.
use std::collections::BTreeMap;

/// The difference function δ² between two values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    Nominal,
    Ordinal,
    Interval,
    Ratio,
}

/// Alpha for `units`: each unit is the list of values its coders gave (missing values simply left
/// out). Units with fewer than two values are not pairable and do not count. None when alpha is
/// undefined: no pairable value, or no variation at all (every value the same).
pub fn alpha(units: &[Vec<f64>], metric: Metric) -> Option<f64> {
    // Values are categories; keep them ordered (the ordinal metric needs ranks).
    let mut index: BTreeMap<OrderedF64, usize> = BTreeMap::new();
    for u in units.iter().filter(|u| u.len() >= 2) {
        for v in u {
            let len = index.len();
            index.entry(OrderedF64(*v)).or_insert(len);
        }
    }
    // Re-number in value order.
    let values: Vec<f64> = index.keys().map(|k| k.0).collect();
    let pos = |v: f64| values.iter().position(|x| *x == v);
    let k = values.len();
    if k == 0 {
        return None;
    }
    // Coincidence matrix: every ordered pair of values within a unit, weighted 1/(m_u − 1).
    let mut o = vec![vec![0.0f64; k]; k];
    for u in units.iter().filter(|u| u.len() >= 2) {
        let w = 1.0 / (u.len() as f64 - 1.0);
        for (i, a) in u.iter().enumerate() {
            for (j, b) in u.iter().enumerate() {
                if i != j
                    && let (Some(c), Some(d)) = (pos(*a), pos(*b))
                {
                    o[c][d] += w;
                }
            }
        }
    }
    let nc: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = nc.iter().sum();
    if n <= 1.0 {
        return None;
    }
    let delta2 = |c: usize, d: usize| -> f64 {
        match metric {
            Metric::Nominal => {
                if c == d {
                    0.0
                } else {
                    1.0
                }
            }
            Metric::Interval => (values[c] - values[d]).powi(2),
            Metric::Ratio => {
                let (a, b) = (values[c], values[d]);
                if a + b == 0.0 { 0.0 } else { ((a - b) / (a + b)).powi(2) }
            }
            Metric::Ordinal => {
                let (lo, hi) = if c <= d { (c, d) } else { (d, c) };
                let between: f64 = nc[lo..=hi].iter().sum();
                (between - (nc[lo] + nc[hi]) / 2.0).powi(2)
            }
        }
    };
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..k {
        for d in 0..k {
            let dd = delta2(c, d);
            observed += o[c][d] * dd;
            expected += nc[c] * nc[d] * dd;
        }
    }
    let d_o = observed / n;
    let d_e = expected / (n * (n - 1.0));
    if d_e == 0.0 {
        return None;
    }
    Some(1.0 - d_o / d_e)
}

/// Share of pairs of ratings (within units) that are equal, and that differ by at most one point.
/// None when no unit has two ratings.
pub fn pairwise_agreement(units: &[Vec<f64>]) -> Option<(f64, f64)> {
    let (mut pairs, mut exact, mut adjacent) = (0u64, 0u64, 0u64);
    for u in units {
        for i in 0..u.len() {
            for j in i + 1..u.len() {
                pairs += 1;
                let d = (u[i] - u[j]).abs();
                if d == 0.0 {
                    exact += 1;
                }
                if d <= 1.0 {
                    adjacent += 1;
                }
            }
        }
    }
    (pairs > 0).then(|| (exact as f64 / pairs as f64, adjacent as f64 / pairs as f64))
}

/// f64 with a total order, for the value index (values are finite scores).
#[derive(Clone, Copy, Debug, PartialEq)]
struct OrderedF64(f64);

impl Eq for OrderedF64 {}

impl PartialOrd for OrderedF64 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for OrderedF64 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Krippendorff (2011), the example with 4 observers, 12 units and missing values.
    fn reference() -> Vec<Vec<f64>> {
        let na = f64::NAN;
        let a = [1., 2., 3., 3., 2., 1., 4., 1., 2., na, na, na];
        let b = [1., 2., 3., 3., 2., 2., 4., 1., 2., 5., na, 3.];
        let c = [na, 3., 3., 3., 2., 3., 4., 2., 2., 5., 1., na];
        let d = [1., 2., 3., 3., 2., 4., 4., 1., 2., 5., 1., na];
        (0..12)
            .map(|u| [a[u], b[u], c[u], d[u]].into_iter().filter(|v| !v.is_nan()).collect())
            .collect()
    }

    fn round3(x: f64) -> f64 {
        (x * 1000.0).round() / 1000.0
    }

    #[test]
    fn published_reference_values() {
        let data = reference();
        assert_eq!(round3(alpha(&data, Metric::Nominal).unwrap()), 0.743);
        assert_eq!(round3(alpha(&data, Metric::Ordinal).unwrap()), 0.815);
        assert_eq!(round3(alpha(&data, Metric::Interval).unwrap()), 0.849);
        assert_eq!(round3(alpha(&data, Metric::Ratio).unwrap()), 0.797);
    }

    #[test]
    fn undefined_without_pairs_or_variation() {
        assert_eq!(alpha(&[vec![3.0]], Metric::Ordinal), None);
        assert_eq!(alpha(&[vec![3.0, 3.0], vec![3.0, 3.0]], Metric::Ordinal), None);
        assert_eq!(pairwise_agreement(&[vec![1.0]]), None);
        assert_eq!(
            pairwise_agreement(&[vec![1.0, 1.0, 2.0, 4.0]]),
            Some((1.0 / 6.0, 3.0 / 6.0))
        );
    }

    fn units() -> impl Strategy<Value = Vec<Vec<f64>>> {
        prop::collection::vec(prop::collection::vec((1u8..=5).prop_map(f64::from), 0..5), 2..12)
    }

    proptest! {
        #[test]
        fn perfect_agreement_is_one(values in prop::collection::vec(1u8..=5, 2..10), coders in 2usize..5) {
            prop_assume!(values.iter().any(|v| *v != values[0]));
            let data: Vec<Vec<f64>> = values.iter().map(|v| vec![f64::from(*v); coders]).collect();
            for m in [Metric::Nominal, Metric::Ordinal, Metric::Interval] {
                let a = alpha(&data, m).unwrap();
                prop_assert!((a - 1.0).abs() < 1e-9, "{m:?}: {a}");
            }
        }

        #[test]
        fn invariant_under_permuting_units_and_coders(data in units(), seed in any::<u64>()) {
            let mut shuffled = data.clone();
            shuffled.reverse();
            for u in &mut shuffled {
                let turn = u.len().min(1);
                if seed % 2 == 0 { u.reverse(); } else { u.rotate_left(turn); }
            }
            for m in [Metric::Nominal, Metric::Ordinal, Metric::Interval] {
                match (alpha(&data, m), alpha(&shuffled, m)) {
                    (Some(a), Some(b)) => prop_assert!((a - b).abs() < 1e-9),
                    (a, b) => prop_assert_eq!(a.is_none(), b.is_none()),
                }
            }
        }
    }
}

shortfall-too-few = Groupe « { $panel } », { $city } : { $eligible ->
    [one] { $eligible } expert admissible
   *[other] { $eligible } experts admissibles
}, { $needed } requis
shortfall-at-capacity = Groupe « { $panel } », { $city } : { $eligible ->
    [one] { $eligible } expert admissible
   *[other] { $eligible } experts admissibles
}, mais seulement { $assigned } sur { $needed } ont pu être affectés : les autres ont atteint leur capacité
shortfall-then = {" ; "}
shortfall-no-member = le groupe n’a aucun membre
shortfall-conflicts = { $count ->
    [one] { $count } exclu pour conflit d’intérêts
   *[other] { $count } exclus pour conflit d’intérêts
} ({ $detail })
shortfall-home-city = { $count } de la ville même
shortfall-same-country = { $count } du même pays
shortfall-same-institution = { $count } de la même institution
shortfall-declared = { $count } par conflit déclaré
shortfall-language = { $count } pour la langue
shortfall-without-profile = { $count ->
    [one] { $count } sans profil
   *[other] { $count } sans profil
}

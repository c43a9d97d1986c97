shortfall-too-few = Grupo «{ $panel }», { $city }: { $eligible ->
    [one] { $eligible } experto admisible
   *[other] { $eligible } expertos admisibles
}; se necesitan { $needed }
shortfall-at-capacity = Grupo «{ $panel }», { $city }: { $eligible ->
    [one] { $eligible } experto admisible
   *[other] { $eligible } expertos admisibles
}, pero solo se pudo asignar a { $assigned } de { $needed }: los demás han alcanzado su capacidad
shortfall-then = {"; "}
shortfall-no-member = el grupo no tiene ningún miembro
shortfall-conflicts = { $count ->
    [one] { $count } excluido por conflicto de intereses
   *[other] { $count } excluidos por conflicto de intereses
} ({ $detail })
shortfall-home-city = { $count } por ser su propia ciudad
shortfall-same-country = { $count } por ser del mismo país
shortfall-same-institution = { $count } por la misma institución
shortfall-declared = { $count } por conflicto declarado
shortfall-language = { $count } por el idioma
shortfall-without-profile = { $count } sin perfil

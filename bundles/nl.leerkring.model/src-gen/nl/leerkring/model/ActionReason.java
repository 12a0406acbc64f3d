/**
 */
package nl.leerkring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Action Reason</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Why an action was not carried out (seed digest 4.3: opportunity, capability, motivation after Poiesz, and the seeds' own findings).
 * <!-- end-model-doc -->
 * @see nl.leerkring.model.LeerkringPackage#getActionReason()
 * @model
 * @generated
 */
public enum ActionReason implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>NO TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	NO_TIME(1, "NO_TIME", "NO_TIME"),

	/**
	 * The '<em><b>NO ROOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_ROOM_VALUE
	 * @generated
	 * @ordered
	 */
	NO_ROOM(2, "NO_ROOM", "NO_ROOM"),

	/**
	 * The '<em><b>LACKING SKILL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LACKING_SKILL_VALUE
	 * @generated
	 * @ordered
	 */
	LACKING_SKILL(3, "LACKING_SKILL", "LACKING_SKILL"),

	/**
	 * The '<em><b>NOT URGENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_URGENT_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_URGENT(4, "NOT_URGENT", "NOT_URGENT"),

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_APPLICABLE(5, "NOT_APPLICABLE", "NOT_APPLICABLE"),

	/**
	 * The '<em><b>SITUATION CHANGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITUATION_CHANGED_VALUE
	 * @generated
	 * @ordered
	 */
	SITUATION_CHANGED(6, "SITUATION_CHANGED", "SITUATION_CHANGED");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>NO TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_TIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_TIME_VALUE = 1;

	/**
	 * The '<em><b>NO ROOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_ROOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_ROOM_VALUE = 2;

	/**
	 * The '<em><b>LACKING SKILL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LACKING_SKILL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LACKING_SKILL_VALUE = 3;

	/**
	 * The '<em><b>NOT URGENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_URGENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_URGENT_VALUE = 4;

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_APPLICABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_APPLICABLE_VALUE = 5;

	/**
	 * The '<em><b>SITUATION CHANGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITUATION_CHANGED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SITUATION_CHANGED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Action Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActionReason[] VALUES_ARRAY =
		new ActionReason[] {
			NONE,
			NO_TIME,
			NO_ROOM,
			LACKING_SKILL,
			NOT_URGENT,
			NOT_APPLICABLE,
			SITUATION_CHANGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Action Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActionReason> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Action Reason</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActionReason get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActionReason result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Action Reason</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActionReason getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ActionReason result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Action Reason</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActionReason get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case NO_TIME_VALUE: return NO_TIME;
			case NO_ROOM_VALUE: return NO_ROOM;
			case LACKING_SKILL_VALUE: return LACKING_SKILL;
			case NOT_URGENT_VALUE: return NOT_URGENT;
			case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
			case SITUATION_CHANGED_VALUE: return SITUATION_CHANGED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ActionReason(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ActionReason

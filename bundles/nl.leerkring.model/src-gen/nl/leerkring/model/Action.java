/**
 */
package nl.leerkring.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item someone will act on after the session; its text is the description.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Action#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link nl.leerkring.model.Action#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends Item {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_Owner()
	 * @model required="true"
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_DueDate()
	 * @model dataType="nl.leerkring.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"OPEN"</code>.
	 * The literals are from the enumeration {@link nl.leerkring.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.leerkring.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see nl.leerkring.model.LeerkringPackage#getAction_Status()
	 * @model default="OPEN"
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Action#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.leerkring.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

} // Action
